#include <stdio.h>
#include <stddef.h>

int main(void)
{
    int a[8] = {0, 10, 20, 30, 40, 50, 60, 70};
    int *p = a;
    int *q = &a[6];
    printf("%d %d\n", *(p + 3), *(q - 2));
    printf("%td\n", q - p);
    p += 2;
    int first = *p++;
    printf("%d %d\n", first, *p);
    printf("%d\n", *++p);
    printf("%d\n", p[-1]);
    printf("%d\n", 2[a]);
    ptrdiff_t d = &a[7] - &a[0];
    printf("%td\n", d);
    return 0;
}
