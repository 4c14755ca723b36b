#include <stdio.h>

int main(void)
{
    unsigned char a = 200, b = 100;
    signed char c = -100, d = -50;
    int sum = a + b;              /* promoted to int: no wrap */
    unsigned char wrapped = (unsigned char)(a + b);
    printf("%d %d\n", sum, wrapped);
    printf("%d\n", c + d);
    printf("%d\n", (signed char)(c + d));
    printf("%zu %zu\n", sizeof(a + b), sizeof(a));
    return 0;
}
