#include <stdio.h>

int main(void)
{
    int i;
    for (i = 0; i < 3; i++)
        printf("a%d ", i);
    for (int j = 3; j > 0; --j)
        printf("b%d ", j);
    int k = 0;
    for (;;) {
        if (++k == 3)
            break;
    }
    printf("k%d ", k);
    for (int m = 0, n = 5; m < n; m++, n--)
        printf("(%d,%d)", m, n);
    printf("\n");
    for (unsigned u = 3; u-- > 0;)
        printf("u%u ", u);
    printf("\n");
    return 0;
}
