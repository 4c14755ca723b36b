#include <stdio.h>
#include <stdint.h>

static uint16_t bswap16(uint16_t v) { return (uint16_t)((v >> 8) | (v << 8)); }
static uint32_t bswap32(uint32_t v)
{
    return (v >> 24) | ((v >> 8) & 0xFF00u) | ((v << 8) & 0xFF0000u) | (v << 24);
}

static uint32_t load_be32(const uint8_t *p)
{
    return (uint32_t)p[0] << 24 | (uint32_t)p[1] << 16 | (uint32_t)p[2] << 8 | p[3];
}

static void store_le32(uint8_t *p, uint32_t v)
{
    for (int i = 0; i < 4; i++)
        p[i] = (uint8_t)(v >> (8 * i));
}

int main(void)
{
    printf("%04x %08x\n", bswap16(0x1234), bswap32(0x11223344u));
    const uint8_t be[4] = {0xDE, 0xAD, 0xBE, 0xEF};
    printf("%08x\n", load_be32(be));
    uint8_t out[4];
    store_le32(out, 0xCAFEF00Du);
    printf("%02x %02x %02x %02x\n", out[0], out[1], out[2], out[3]);
    return 0;
}
