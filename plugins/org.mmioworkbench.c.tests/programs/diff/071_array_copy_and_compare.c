#include <stdio.h>
#include <string.h>

int main(void)
{
    int src[6] = {3, 1, 4, 1, 5, 9};
    int dst[6];
    memcpy(dst, src, sizeof src);
    printf("%d\n", memcmp(src, dst, sizeof src) == 0);
    dst[5] = 2;
    printf("%d\n", memcmp(src, dst, sizeof src) > 0);
    struct { int a[3]; } x = {{1, 2, 3}}, y;
    y = x;                     /* arrays copy inside a struct */
    y.a[0] = 100;
    printf("%d %d\n", x.a[0], y.a[0]);
    return 0;
}
