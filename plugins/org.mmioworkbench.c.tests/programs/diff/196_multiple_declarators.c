#include <stdio.h>

int main(void)
{
    int a = 1, *p = &a, arr[3] = {4, 5, 6}, (*pa)[3] = &arr;
    char c = 'c', *s = "str", buf[4] = "abc";
    int (*fp)(const char *) = puts;
    printf("%d %d %d %d\n", a, *p, arr[2], (*pa)[1]);
    printf("%c %s %s\n", c, s, buf);
    fp("through a function pointer to puts");
    unsigned long x = 1, y = x + 1, z = y * 3;
    printf("%lu %lu %lu\n", x, y, z);
    return 0;
}
