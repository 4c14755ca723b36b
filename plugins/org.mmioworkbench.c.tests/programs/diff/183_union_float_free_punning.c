#include <stdio.h>
#include <stdint.h>

union reg64 {
    uint64_t whole;
    struct { uint32_t lo, hi; } half;
    uint16_t quarter[4];
};

int main(void)
{
    union reg64 r = { .whole = 0x0123456789ABCDEFull };
    printf("%08x %08x\n", r.half.hi, r.half.lo);
    printf("%04x %04x %04x %04x\n", r.quarter[0], r.quarter[1], r.quarter[2], r.quarter[3]);
    r.half.hi = 0;
    printf("%016llx\n", (unsigned long long)r.whole);
    printf("%zu\n", sizeof r);
    return 0;
}
