#include <stdio.h>
#include <string.h>

static void rotate_left(int *v, size_t n, size_t k)
{
    int tmp[16];
    k %= n;
    memcpy(tmp, v, k * sizeof *v);
    memmove(v, v + k, (n - k) * sizeof *v);
    memcpy(v + n - k, tmp, k * sizeof *v);
}

int main(void)
{
    int v[8] = {0, 1, 2, 3, 4, 5, 6, 7};
    rotate_left(v, 8, 3);
    for (int i = 0; i < 8; i++)
        printf("%d", v[i]);
    printf("\n");
    rotate_left(v, 8, 13);
    for (int i = 0; i < 8; i++)
        printf("%d", v[i]);
    printf("\n");
    return 0;
}
