#include <stdio.h>
#include <stdint.h>

int main(void)
{
    int x = -16;
    int64_t y = -1000;
    printf("%d %d %d\n", x >> 1, x >> 2, x >> 4);
    printf("%d\n", -1 >> 31);
    printf("%ld\n", (long)(y >> 3));
    printf("%u\n", (unsigned int)x >> 28);
    printf("%d\n", 1 << 30);
    printf("%u\n", 1u << 31);
    printf("%llu\n", 1ULL << 63);
    return 0;
}
