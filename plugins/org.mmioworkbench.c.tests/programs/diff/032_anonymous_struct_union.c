#include <stdio.h>
#include <stdint.h>
#include <stddef.h>

struct reg {
    union {
        uint32_t raw;
        struct {
            uint16_t low;
            uint16_t high;
        };
    };
    uint32_t other;
};

int main(void)
{
    struct reg r;
    r.raw = 0xCAFEBABEu;
    r.other = 1;
    printf("%04x %04x\n", r.high, r.low);
    r.low = 0x1234;
    printf("%08x\n", r.raw);
    printf("%zu %zu %zu\n", sizeof(struct reg), offsetof(struct reg, high), offsetof(struct reg, other));
    return 0;
}
