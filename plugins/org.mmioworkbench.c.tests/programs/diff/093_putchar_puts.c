#include <stdio.h>

int main(void)
{
    for (char c = 'a'; c <= 'e'; c++)
        putchar(c);
    putchar('\n');
    int r = putchar('!');
    putchar('\n');
    printf("%d\n", r);
    r = puts("puts adds a newline");
    printf("%d\n", r >= 0);
    puts("");
    puts("after empty");
    return 0;
}
