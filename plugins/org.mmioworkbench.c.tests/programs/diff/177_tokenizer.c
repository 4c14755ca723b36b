#include <stdio.h>
#include <string.h>
#include <stdlib.h>

int main(void)
{
    const char *cmd = "write 0x30 0x301; read 0x18 ; delay 250";
    char buf[64];
    strcpy(buf, cmd);
    char *p = buf;
    int n = 0;
    while (*p) {
        char *end = strchr(p, ';');
        if (end)
            *end = '\0';
        char word[16];
        unsigned long a = 0, b = 0;
        int fields = 0;
        char *q = p + strspn(p, " ");
        size_t wl = strcspn(q, " ");
        if (wl >= sizeof word)
            wl = sizeof word - 1;
        memcpy(word, q, wl);
        word[wl] = '\0';
        fields++;
        q += wl;
        char *next;
        a = strtoul(q, &next, 0);
        if (next != q) {
            fields++;
            q = next;
            b = strtoul(q, &next, 0);
            if (next != q)
                fields++;
        }
        printf("%d: %s (%d fields) %lu %lu\n", n++, word, fields, a, b);
        if (!end)
            break;
        p = end + 1;
    }
    return 0;
}
