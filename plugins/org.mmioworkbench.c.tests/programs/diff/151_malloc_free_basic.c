#include <stdio.h>
#include <stdlib.h>

int main(void)
{
    int *v = malloc(10 * sizeof *v);
    if (!v)
        return 1;
    for (int i = 0; i < 10; i++)
        v[i] = i * 3;
    long sum = 0;
    for (int i = 0; i < 10; i++)
        sum += v[i];
    printf("%ld\n", sum);
    free(v);
    free(NULL);                /* allowed, does nothing */
    puts("freed");
    return 0;
}
