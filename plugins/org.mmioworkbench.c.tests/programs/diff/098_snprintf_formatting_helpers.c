#include <stdio.h>
#include <stdint.h>

static const char *bits8(uint8_t v, char out[9])
{
    for (int i = 0; i < 8; i++)
        out[i] = (char)('0' + ((v >> (7 - i)) & 1));
    out[8] = '\0';
    return out;
}

static int fmt_size(char *buf, size_t n, unsigned long bytes)
{
    if (bytes >= 1024ul * 1024)
        return snprintf(buf, n, "%lu MiB", bytes / (1024ul * 1024));
    if (bytes >= 1024)
        return snprintf(buf, n, "%lu KiB", bytes / 1024);
    return snprintf(buf, n, "%lu B", bytes);
}

int main(void)
{
    char b[9], s[32];
    printf("%s %s\n", bits8(0xA5, b), bits8(1, b));
    unsigned long sizes[] = {12, 4096, 3145728};
    for (int i = 0; i < 3; i++) {
        int n = fmt_size(s, sizeof s, sizes[i]);
        printf("%s (%d)\n", s, n);
    }
    return 0;
}
