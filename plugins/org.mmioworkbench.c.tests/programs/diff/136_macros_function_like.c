#include <stdio.h>

#define SQUARE(x) ((x) * (x))
#define MAX(a, b) ((a) > (b) ? (a) : (b))
#define BIT(n) (1u << (n))
#define FIELD_GET(v, shift, width) (((v) >> (shift)) & (BIT(width) - 1u))
#define BAD_SQUARE(x) x * x

int main(void)
{
    printf("%d %d\n", SQUARE(3 + 1), BAD_SQUARE(3 + 1));
    printf("%d\n", MAX(4, 9));
    printf("%u\n", FIELD_GET(0xABCDu, 4, 8));
    printf("%u\n", BIT(31));
    return 0;
}
