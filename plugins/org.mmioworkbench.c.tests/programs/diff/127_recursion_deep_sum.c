#include <stdio.h>

static long sum_to(long n) { return n == 0 ? 0 : n + sum_to(n - 1); }

int main(void)
{
    printf("%ld\n", sum_to(1000));
    printf("%ld\n", sum_to(5000));
    return 0;
}
