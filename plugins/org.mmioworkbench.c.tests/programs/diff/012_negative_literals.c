#include <stdio.h>

int main(void)
{
    printf("%d\n", -2147483647 - 1);
    printf("%ld\n", -2147483648);          /* 2147483648 is long, then negated */
    printf("%zu\n", sizeof(2147483648));
    printf("%zu\n", sizeof(0x80000000));    /* hexadecimal: unsigned int */
    printf("%zu\n", sizeof(2147483647));
    printf("%u\n", 0x80000000);
    printf("%d\n", -0x7fffffff);
    printf("%zu %zu\n", sizeof(1u), sizeof(1ul));
    return 0;
}
