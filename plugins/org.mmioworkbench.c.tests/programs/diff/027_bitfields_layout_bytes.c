#include <stdio.h>
#include <string.h>
#include <stdint.h>

struct reg {
    uint32_t lo : 4;
    uint32_t mid : 8;
    uint32_t hi : 20;
};

int main(void)
{
    struct reg r;
    memset(&r, 0, sizeof r);
    r.lo = 0xA;
    r.mid = 0xBC;
    r.hi = 0x12345;
    uint32_t raw;
    memcpy(&raw, &r, sizeof raw);
    printf("%08x\n", raw);            /* gcc allocates from the least significant bit */
    raw = 0xFFFFFFF0u;
    memcpy(&r, &raw, sizeof raw);
    printf("%x %x %x\n", r.lo, r.mid, r.hi);
    return 0;
}
