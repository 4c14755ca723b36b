#include <stdio.h>
#include <stdint.h>

int main(void)
{
    int8_t a = -8;
    uint16_t b = 65000;
    int32_t c = -2000000000;
    uint64_t d = 0xFEDCBA9876543210u;
    int64_t e = INT64_MIN;
    printf("%d %u %d\n", a, b, c);
    printf("%lx %lX %lu\n", d, d, d);
    printf("%ld\n", e);
    printf("%jx\n", (uintmax_t)UINT32_MAX);
    printf("0x%08x\n", (uint32_t)0xABCu);
    return 0;
}
