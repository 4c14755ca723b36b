#include <stdio.h>
#include <stdint.h>
#include <inttypes.h>

int main(void)
{
    int8_t a = -8;
    uint16_t b = 65000;
    int32_t c = -2000000000;
    uint64_t d = 0xFEDCBA9876543210u;
    int64_t e = INT64_MIN;
    printf("%" PRId8 " %" PRIu16 " %" PRId32 "\n", a, b, c);
    printf("%" PRIx64 " %" PRIX64 " %" PRIu64 "\n", d, d, d);
    printf("%" PRId64 "\n", e);
    printf("%" PRIxMAX "\n", (uintmax_t)UINT32_MAX);
    printf("0x%08" PRIx32 "\n", (uint32_t)0xABCu);
    return 0;
}
