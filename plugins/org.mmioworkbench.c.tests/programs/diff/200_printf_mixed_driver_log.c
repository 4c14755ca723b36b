#include <stdio.h>
#include <stdint.h>

struct access { char dir; uint8_t width; uint32_t offset; uint32_t value; };

int main(void)
{
    const struct access log[] = {
        { 'W', 32, 0x030, 0x000 },
        { 'R', 32, 0x018, 0x090 },
        { 'W', 32, 0x024, 13 },
        { 'W', 8, 0x400, 0x08 },
        { 'R', 16, 0xFE0, 0x11 },
    };
    for (size_t i = 0; i < sizeof log / sizeof log[0]; i++) {
        const struct access *a = &log[i];
        printf("%3zu %c%-2u +0x%03x = %#0*x\n", i, a->dir, a->width, a->offset,
               a->width / 4 + 2, a->value);
    }
    return 0;
}
