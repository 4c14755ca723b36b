#include <stdio.h>

static int is_space(int c) { return c == ' ' || (c >= '\t' && c <= '\r'); }
static int is_digit(int c) { return c >= '0' && c <= '9'; }
static int is_alpha(int c) { return (c | 32) >= 'a' && (c | 32) <= 'z'; }
static int to_lower(int c) { return c >= 'A' && c <= 'Z' ? c + 32 : c; }

int main(void)
{
    const char *s = "Reg 0x30:\tCR=0x301\n";
    int sp = 0, dg = 0, al = 0, other = 0;
    for (const char *p = s; *p; p++) {
        unsigned char c = (unsigned char)*p;
        if (is_space(c)) sp++;
        else if (is_digit(c)) dg++;
        else if (is_alpha(c)) al++;
        else other++;
        putchar(to_lower(c));
    }
    printf("%d %d %d %d\n", sp, dg, al, other);
    return 0;
}
