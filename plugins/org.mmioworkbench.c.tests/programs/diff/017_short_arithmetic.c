#include <stdio.h>

int main(void)
{
    short a = 30000, b = 30000;
    int c = a + b;
    short d = (short)(a + b);
    printf("%d %d\n", c, d);
    unsigned short x = 40000;
    printf("%d\n", x * 2);
    printf("%u\n", (unsigned)(x * x));
    short neg = -300;
    printf("%d %d\n", neg / 7, neg % 7);
    return 0;
}
