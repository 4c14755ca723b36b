#include <stdio.h>

int main(void)
{
    const char *s = "tab\there\nquote\" backslash\\ apos\' q\?";
    puts(s);
    printf("%d %d %d %d %d\n", '\n', '\t', '\\', '\'', '\0');
    printf("%d %d %d %d\n", '\a', '\b', '\f', '\v');
    printf("%d %d\n", '\r', '\x7f');
    printf("%d %d %d\n", "\101\102"[1], "\x41"[0], (int)sizeof("\0\0"));
    printf("[\x41\102C]\n");
    return 0;
}
