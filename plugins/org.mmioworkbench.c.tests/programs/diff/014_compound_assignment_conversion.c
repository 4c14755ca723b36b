#include <stdio.h>
#include <stdint.h>

int main(void)
{
    uint8_t b = 250;
    b += 10;
    printf("%u\n", b);
    int8_t s = 100;
    s = (int8_t)(s + 27);
    printf("%d\n", s);
    unsigned short us = 1;
    us <<= 15;
    printf("%u\n", us);
    int i = 17;
    i /= 3;
    i *= -2;
    i %= 7;
    printf("%d\n", i);
    unsigned u = 10;
    u -= 20;
    printf("%u\n", u);
    long l = 1;
    l <<= 40;
    printf("%ld\n", l);
    return 0;
}
