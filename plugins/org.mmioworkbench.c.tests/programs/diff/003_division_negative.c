#include <stdio.h>

int main(void)
{
    int a[] = {7, -7, 7, -7};
    int b[] = {2, 2, -2, -2};
    for (int i = 0; i < 4; i++)
        printf("%d / %d = %d, %d %% %d = %d\n", a[i], b[i], a[i] / b[i], a[i], b[i], a[i] % b[i]);
    printf("%d\n", (a[1] / b[0]) * b[0] + a[1] % b[0]);
    printf("%ld %ld\n", -9L / 4, -9L % 4);
    return 0;
}
