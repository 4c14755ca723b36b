#include <stdio.h>
#include <stdint.h>
#include <string.h>

static uint32_t crc32(const void *data, size_t n)
{
    const uint8_t *p = data;
    uint32_t crc = 0xFFFFFFFFu;
    while (n--) {
        crc ^= *p++;
        for (int k = 0; k < 8; k++)
            crc = (crc >> 1) ^ (0xEDB88320u & -(crc & 1u));
    }
    return ~crc;
}

int main(void)
{
    const char *s = "123456789";
    printf("%08x\n", crc32(s, strlen(s)));
    printf("%08x\n", crc32("", 0));
    printf("%08x\n", crc32("The quick brown fox jumps over the lazy dog", 43));
    return 0;
}
