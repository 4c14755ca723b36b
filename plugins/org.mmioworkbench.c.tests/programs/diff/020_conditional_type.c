#include <stdio.h>

int main(void)
{
    int i = -1;
    unsigned u = 1;
    printf("%u\n", 1 ? (unsigned)i : u);
    printf("%zu\n", sizeof(1 ? (char)1 : (short)1));
    printf("%zu\n", sizeof(0 ? 1L : 1));
    long l = 1 ? i : 2L;
    printf("%ld\n", l);
    return 0;
}
