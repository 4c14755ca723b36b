#include <stdio.h>
#include <stdlib.h>

int main(void)
{
    size_t cap = 2, len = 0;
    int *v = malloc(cap * sizeof *v);
    if (!v)
        return 1;
    for (int i = 1; i <= 100; i++) {
        if (len == cap) {
            cap *= 2;
            int *nv = realloc(v, cap * sizeof *v);
            if (!nv) {
                free(v);
                return 1;
            }
            v = nv;
        }
        v[len++] = i;
    }
    long sum = 0;
    for (size_t i = 0; i < len; i++)
        sum += v[i];
    printf("%zu %zu %ld %d\n", len, cap, sum, v[99]);
    v = realloc(v, 10 * sizeof *v);    /* shrink keeps the first elements */
    if (!v)
        return 1;
    printf("%d %d\n", v[0], v[9]);
    free(v);
    return 0;
}
