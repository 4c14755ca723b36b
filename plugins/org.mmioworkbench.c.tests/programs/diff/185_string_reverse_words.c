#include <stdio.h>
#include <string.h>

static void reverse(char *b, char *e)
{
    while (b < e) {
        char t = *b;
        *b++ = *--e;
        *e = t;
    }
}

int main(void)
{
    char s[] = "map the region then read the register";
    size_t n = strlen(s);
    reverse(s, s + n);
    for (char *w = s; *w;) {
        char *end = w;
        while (*end && *end != ' ')
            end++;
        reverse(w, end);
        w = *end ? end + 1 : end;
    }
    puts(s);
    return 0;
}
