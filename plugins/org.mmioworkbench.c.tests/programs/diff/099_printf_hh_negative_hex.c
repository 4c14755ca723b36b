#include <stdio.h>

int main(void)
{
    signed char c = -1;
    short s = -1;
    printf("%hhx %hx\n", (unsigned char)c, (unsigned short)s);
    printf("%hhu %hu\n", (unsigned char)c, (unsigned short)s);
    printf("%02hhx%02hhx\n", (unsigned char)0xAB, (unsigned char)0x0C);
    return 0;
}
