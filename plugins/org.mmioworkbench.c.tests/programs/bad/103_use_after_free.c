// expect: exit=1 stderr~103_use_after_free.c:12:23: error: use after free
#include <stdio.h>
#include <stdlib.h>

int main(void)
{
    int *buf = malloc(4 * sizeof *buf);
    if (!buf)
        return 1;
    buf[0] = 7;
    free(buf);
    printf("%d\n", buf[0]);
    return 0;
}
