#include <stdio.h>
#include <stdint.h>

int main(void)
{
    uint32_t one = 1;
    for (int s = 0; s < 32; s += 7)
        printf("%u ", one << s);
    printf("\n");
    uint8_t b = 0x81;
    printf("%d\n", b << 4);                 /* promoted to int first */
    printf("%u\n", (uint8_t)(b << 4));
    int64_t neg = -5;
    printf("%ld %ld\n", (long)(neg >> 1), (long)(neg >> 63));
    uint64_t top = UINT64_C(1) << 63;
    printf("%lu\n", (unsigned long)(top >> 63));
    unsigned short us = 0xFFFF;
    printf("%u\n", ((unsigned)us << 16) >> 16);
    return 0;
}
