#include <stdio.h>

int main(void)
{
    int i = -1;
    unsigned int u = 1;
    long l = -1;
    unsigned short us = 1;
    printf("%d\n", i < 0);
    printf("%d\n", (unsigned int)i > u);
    printf("%d\n", i < (int)u);
    printf("%d\n", l < (long)u);          /* long holds every unsigned int */
    printf("%d\n", i < us);               /* unsigned short promotes to int */
    printf("%u\n", (unsigned int)i);
    printf("%d\n", -1 < 0u);
    return 0;
}
