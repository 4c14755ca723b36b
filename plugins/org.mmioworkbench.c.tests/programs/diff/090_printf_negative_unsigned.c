#include <stdio.h>

int main(void)
{
    int m = -1;
    printf("%u\n", (unsigned)m);
    printf("%x\n", (unsigned)m);
    printf("%o\n", (unsigned)-8);
    printf("%lu\n", (unsigned long)-1L);
    printf("%d\n", (int)4294967295u);
    printf("%hu\n", (unsigned short)-1);
    return 0;
}
