#include <stdio.h>
#include <stdint.h>

struct reg_desc {
    const char *name;
    uint32_t offset;
    uint32_t reset;
};

static const struct reg_desc regs[] = {
    { "DR", 0x000, 0x0 },
    { "FR", 0x018, 0x90 },
    { .name = "CR", .offset = 0x030, .reset = 0x300 },
    { .name = "IMSC", .offset = 0x038 },
};

int main(void)
{
    for (size_t i = 0; i < sizeof regs / sizeof regs[0]; i++)
        printf("%-5s 0x%03x 0x%08x\n", regs[i].name, regs[i].offset, regs[i].reset);
    return 0;
}
