#include <stdio.h>

static unsigned gcd(unsigned a, unsigned b)
{
    while (b) {
        unsigned t = a % b;
        a = b;
        b = t;
    }
    return a;
}

int main(void)
{
    printf("%u %u %u\n", gcd(48, 18), gcd(17, 5), gcd(0, 9));
    unsigned n = 27, steps = 0;
    while (n != 1) {
        n = (n & 1) ? 3 * n + 1 : n / 2;
        steps++;
    }
    printf("%u\n", steps);
    return 0;
}
