#include <stdio.h>

static void upcase(char *s)
{
    for (; *s; s++)
        if (*s >= 'a' && *s <= 'z')
            *s = (char)(*s - 32);
}

static void rev(char *s)
{
    char *e = s;
    while (*e)
        e++;
    while (s < --e) {
        char t = *s;
        *s++ = *e;
        *e = t;
    }
}

int main(void)
{
    char buf[] = "driver code";
    upcase(buf);
    puts(buf);
    rev(buf);
    puts(buf);
    char one[] = "x";
    rev(one);
    puts(one);
    return 0;
}
