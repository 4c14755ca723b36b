#include <stdio.h>
#include <stdint.h>

union word {
    uint32_t u32;
    uint16_t u16[2];
    uint8_t u8[4];
};

union mixed { char c; long l; short s[3]; };

int main(void)
{
    union word w;
    w.u32 = 0;
    w.u8[0] = 0x11;
    printf("%zu %zu\n", sizeof(union word), _Alignof(union word));
    printf("%zu %zu\n", sizeof(union mixed), _Alignof(union mixed));
    w.u16[1] = 0xABCD;
    printf("%u %u\n", w.u16[1], w.u8[0]);
    return 0;
}
