#include <stdio.h>

static char *utoa(unsigned long v, unsigned base, char *buf, size_t n)
{
    char *p = buf + n - 1;
    *p = '\0';
    do {
        *--p = "0123456789abcdefghijklmnopqrstuvwxyz"[v % base];
        v /= base;
    } while (v && p > buf);
    return p;
}

int main(void)
{
    char buf[72];
    unsigned long vals[] = {0, 255, 4096, 0xDEADBEEFul, 18446744073709551615ul};
    for (int i = 0; i < 5; i++)
        printf("%s\n", utoa(vals[i], 2, buf, sizeof buf));
    for (int i = 0; i < 5; i++) {
        printf("%s ", utoa(vals[i], 8, buf, sizeof buf));
        printf("%s ", utoa(vals[i], 16, buf, sizeof buf));
        printf("%s\n", utoa(vals[i], 36, buf, sizeof buf));
    }
    return 0;
}
