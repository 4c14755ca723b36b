#include <stdio.h>
#include <limits.h>

static int add_checked(int a, int b, int *out)
{
    if ((b > 0 && a > INT_MAX - b) || (b < 0 && a < INT_MIN - b))
        return 0;
    *out = a + b;
    return 1;
}

int main(void)
{
    int r = 0;
    printf("%d\n", add_checked(INT_MAX, 1, &r));
    printf("%d %d\n", add_checked(INT_MAX - 1, 1, &r), r);
    printf("%d\n", add_checked(INT_MIN, -1, &r));
    printf("%d %d\n", add_checked(-5, -6, &r), r);
    long wide = (long)INT_MAX + 1;
    printf("%ld\n", wide);
    return 0;
}
