#include <stdio.h>

static size_t my_strlen(const char *s)
{
    const char *p = s;
    while (*p)
        p++;
    return (size_t)(p - s);
}

static void my_strcpy(char *d, const char *s)
{
    while ((*d++ = *s++) != '\0')
        ;
}

int main(void)
{
    char buf[32];
    my_strcpy(buf, "pointer walk");
    printf("%zu %s\n", my_strlen(buf), buf);
    char *p = buf;
    while (*p && *p != ' ')
        p++;
    printf("[%s]\n", p);
    return 0;
}
