#include <stdio.h>

int main(void)
{
    printf("%d %d %d\n", 0x1F, 017, 42);
    printf("%u\n", 0xFFFFFFFFu);
    printf("%llx\n", 0x123456789ABCDEFULL);
    printf("%d\n", 0);
    printf("%d\n", 00);
    printf("%lu\n", 1000000000000UL);
    printf("%d\n", 'A');
    printf("%d\n", '\x41');
    printf("%d\n", '\101');
    return 0;
}
