#include <stdio.h>
#include <stdint.h>

union pun {
    uint32_t word;
    uint8_t bytes[4];
};

int main(void)
{
    union pun p;
    p.word = 0x11223344u;
    /* aarch64 and x86-64 are little-endian: the lowest byte comes first */
    printf("%02x %02x %02x %02x\n", p.bytes[0], p.bytes[1], p.bytes[2], p.bytes[3]);
    p.bytes[3] = 0xAA;
    printf("%08x\n", p.word);
    return 0;
}
