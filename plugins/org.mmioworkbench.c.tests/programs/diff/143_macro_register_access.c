#include <stdio.h>
#include <stdint.h>

#define GENMASK(h, l) (((~0u) << (l)) & (~0u >> (31 - (h))))
#define SHIFT_OF(mask) ((mask) & 1u ? 0 : (mask) & 2u ? 1 : (mask) & 4u ? 2 : (mask) & 8u ? 3 : 4)
#define PREP(mask, v) (((uint32_t)(v) << SHIFT_OF(mask)) & (mask))

static uint32_t regs[4];
#define REG_WRITE(idx, v) (regs[(idx)] = (v))
#define REG_READ(idx) (regs[(idx)])

int main(void)
{
    printf("%08x %08x %08x\n", GENMASK(7, 4), GENMASK(31, 16), GENMASK(0, 0));
    REG_WRITE(1, PREP(0x0Cu, 2) | PREP(0x10u, 1));
    printf("%08x\n", REG_READ(1));
    return 0;
}
