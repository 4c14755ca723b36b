#include <stdio.h>

static unsigned long calls;

static unsigned ack(unsigned m, unsigned n)
{
    calls++;
    if (m == 0)
        return n + 1;
    if (n == 0)
        return ack(m - 1, 1);
    return ack(m - 1, ack(m, n - 1));
}

int main(void)
{
    printf("%u\n", ack(2, 3));
    printf("%u\n", ack(3, 3));
    printf("%lu\n", calls);
    return 0;
}
