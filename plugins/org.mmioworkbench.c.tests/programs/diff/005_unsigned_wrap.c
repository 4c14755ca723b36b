#include <stdio.h>
#include <limits.h>
#include <stdint.h>

int main(void)
{
    unsigned int u = UINT_MAX;
    u++;
    printf("%u\n", u);
    u--;
    printf("%u\n", u);
    uint8_t b = 255;
    b += 3;
    printf("%u\n", b);
    uint16_t h = 0;
    h -= 1;
    printf("%u\n", h);
    unsigned long long q = 0;
    q -= 5;
    printf("%llu\n", q);
    printf("%u\n", 3u - 5u);
    printf("%u\n", 65535u * 65537u);
    return 0;
}
