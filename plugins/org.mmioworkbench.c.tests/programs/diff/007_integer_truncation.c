#include <stdio.h>
#include <stdint.h>

int main(void)
{
    uint32_t big = 0x12345678u;
    uint16_t lo = (uint16_t)big;
    uint8_t lob = (uint8_t)big;
    int16_t s = (int16_t)0x8001u;
    printf("%x %x %x\n", big, lo, lob);
    printf("%d\n", s);
    int64_t w = 0x1122334455667788L;
    printf("%x\n", (uint32_t)w);
    printf("%d\n", (int32_t)(uint32_t)0xFFFFFFFFu);
    return 0;
}
