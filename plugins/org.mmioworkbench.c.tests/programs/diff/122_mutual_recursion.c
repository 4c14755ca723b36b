#include <stdio.h>

static int is_odd(unsigned n);

static int is_even(unsigned n) { return n == 0 ? 1 : is_odd(n - 1); }
static int is_odd(unsigned n) { return n == 0 ? 0 : is_even(n - 1); }

int main(void)
{
    for (unsigned n = 0; n < 6; n++)
        printf("%u:%d%d ", n, is_even(n), is_odd(n));
    printf("\n%d\n", is_even(1001));
    return 0;
}
