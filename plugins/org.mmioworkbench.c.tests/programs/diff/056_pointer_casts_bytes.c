#include <stdio.h>
#include <stdint.h>

int main(void)
{
    uint32_t word = 0x01020304u;
    unsigned char *b = (unsigned char *)&word;
    printf("%u %u %u %u\n", b[0], b[1], b[2], b[3]);
    uint16_t halves[2] = {0xBEEF, 0xDEAD};
    unsigned char *hb = (unsigned char *)halves;
    for (int i = 0; i < 4; i++)
        printf("%02x", hb[i]);
    printf("\n");
    return 0;
}
