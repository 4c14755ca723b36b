#include <stdio.h>

int main(void)
{
    printf("%x %X %o\n", 255u, 255u, 8u);
    printf("%#x %#X %#o\n", 255u, 255u, 8u);
    printf("%#x %#o\n", 0u, 0u);
    printf("[%08x] [%#010x] [%-#8x]\n", 0xBEEFu, 0xBEEFu, 0xBEEFu);
    printf("%x\n", 0xFFFFFFFFu);
    printf("%lx %llX\n", 0xDEADBEEFCAFEul, 0xFFFFFFFFFFFFFFFFull);
    return 0;
}
