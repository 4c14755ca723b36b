#include <stdio.h>

static char hex_digit(unsigned v) { return "0123456789abcdef"[v & 0xF]; }

int main(void)
{
    unsigned value = 0xC0FFEEu;
    char out[9];
    for (int i = 0; i < 8; i++)
        out[i] = hex_digit(value >> (28 - 4 * i));
    out[8] = '\0';
    printf("%s\n", out);
    printf("%c\n", *"star");
    printf("%zu\n", sizeof "four");
    return 0;
}
