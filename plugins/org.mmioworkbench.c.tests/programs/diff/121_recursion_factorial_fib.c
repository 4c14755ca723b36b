#include <stdio.h>

static unsigned long fact(unsigned n) { return n <= 1 ? 1 : n * fact(n - 1); }
static int fib(int n) { return n < 2 ? n : fib(n - 1) + fib(n - 2); }

int main(void)
{
    for (unsigned i = 0; i <= 20; i += 5)
        printf("%u! = %lu\n", i, fact(i));
    for (int i = 0; i <= 20; i += 4)
        printf("fib(%d) = %d\n", i, fib(i));
    return 0;
}
