#include <stdio.h>
#include <stdint.h>

enum st { S_START, S_NUM, S_HEX0, S_HEX, S_ERR };

static int parse(const char *s, uint32_t *out)
{
    enum st st = S_START;
    uint32_t v = 0;
    for (; *s; s++) {
        char c = *s;
        switch (st) {
        case S_START:
            if (c == '0') { st = S_HEX0; break; }
            if (c >= '1' && c <= '9') { v = (uint32_t)(c - '0'); st = S_NUM; break; }
            st = S_ERR;
            break;
        case S_HEX0:
            if (c == 'x' || c == 'X') { st = S_HEX; break; }
            /* a leading zero of a decimal number */
            /* fall through */
        case S_NUM:
            if (c >= '0' && c <= '9') { v = v * 10 + (uint32_t)(c - '0'); st = S_NUM; }
            else st = S_ERR;
            break;
        case S_HEX:
            if (c >= '0' && c <= '9') v = v * 16 + (uint32_t)(c - '0');
            else if (c >= 'a' && c <= 'f') v = v * 16 + (uint32_t)(c - 'a' + 10);
            else if (c >= 'A' && c <= 'F') v = v * 16 + (uint32_t)(c - 'A' + 10);
            else st = S_ERR;
            break;
        case S_ERR:
            return -1;
        }
    }
    if (st == S_ERR || st == S_START)
        return -1;
    *out = v;
    return 0;
}

int main(void)
{
    const char *in[] = {"42", "0x1F", "0", "007", "0xBEEF", "12a", "", "0XffFF"};
    for (int i = 0; i < 8; i++) {
        uint32_t v = 0;
        int rc = parse(in[i], &v);
        printf("\"%s\" -> %d %u\n", in[i], rc, v);
    }
    return 0;
}
