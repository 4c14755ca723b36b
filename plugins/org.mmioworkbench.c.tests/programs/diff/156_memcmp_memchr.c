#include <stdio.h>
#include <string.h>

static int sign(int v) { return (v > 0) - (v < 0); }

int main(void)
{
    unsigned char a[] = {1, 2, 3, 200};
    unsigned char b[] = {1, 2, 3, 100};
    printf("%d %d %d\n", sign(memcmp(a, b, 4)), sign(memcmp(b, a, 4)), memcmp(a, b, 3));
    const char *s = "find the x in here";
    const char *x = memchr(s, 'x', strlen(s));
    printf("%td\n", x - s);
    printf("%d\n", memchr(s, 'z', strlen(s)) == NULL);
    printf("%d\n", memchr(s, '\0', strlen(s) + 1) == s + strlen(s));
    return 0;
}
