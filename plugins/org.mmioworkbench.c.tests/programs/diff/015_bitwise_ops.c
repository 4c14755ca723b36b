#include <stdio.h>

int main(void)
{
    unsigned a = 0xF0F0u, b = 0x0FF0u;
    printf("%04x %04x %04x\n", a & b, a | b, a ^ b);
    printf("%08x\n", ~a);
    int n = -1;
    printf("%d\n", n & 0xFF);
    printf("%d\n", ~0);
    printf("%d\n", ~5);
    unsigned v = 0xB6u;
    int bits = 0;
    for (unsigned t = v; t; t &= t - 1)
        bits++;
    printf("popcount %d\n", bits);
    printf("%u\n", v & -v);
    return 0;
}
