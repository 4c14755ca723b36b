#include <stdio.h>
#include <stdint.h>

#define BIT(n)              (1u << (n))
#define GENMASK(h, l)       ((~0u >> (31 - (h))) & (~0u << (l)))
#define FIELD_GET(m, shift, v) (((v) & (m)) >> (shift))
#define FIELD_SET(m, shift, reg, val) (((reg) & ~(m)) | (((uint32_t)(val) << (shift)) & (m)))

int main(void)
{
    uint32_t reg = 0;
    reg |= BIT(0) | BIT(8) | BIT(9);
    printf("%08x\n", reg);
    reg &= ~BIT(8);
    printf("%08x\n", reg);
    reg ^= BIT(31);
    printf("%08x\n", reg);
    reg = FIELD_SET(GENMASK(6, 5), 5, reg, 3);
    printf("%08x %u\n", reg, FIELD_GET(GENMASK(6, 5), 5, reg));
    reg = FIELD_SET(GENMASK(15, 12), 12, reg, 0x1F);     /* truncated to the field */
    printf("%08x\n", reg);
    printf("%d\n", (reg & BIT(9)) != 0);
    return 0;
}
