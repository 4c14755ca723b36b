#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static char *dup(const char *s)
{
    size_t n = strlen(s) + 1;
    char *d = malloc(n);
    if (d)
        memcpy(d, s, n);
    return d;
}

int main(void)
{
    const char *src[] = {"uart", "gpio", "rtc", "timer"};
    char **copies = malloc(4 * sizeof *copies);
    if (!copies)
        return 1;
    for (int i = 0; i < 4; i++)
        copies[i] = dup(src[i]);
    copies[1][0] = 'G';
    for (int i = 3; i >= 0; i--)
        printf("%s ", copies[i]);
    printf("\n%s\n", src[1]);
    for (int i = 0; i < 4; i++)
        free(copies[i]);
    free(copies);
    return 0;
}
