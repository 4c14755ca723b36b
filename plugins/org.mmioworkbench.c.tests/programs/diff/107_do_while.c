#include <stdio.h>

int main(void)
{
    int i = 10;
    do {
        printf("%d ", i);
        i -= 3;
    } while (i > 0);
    printf("\n");
    int once = 0;
    do
        once++;
    while (0);
    printf("%d\n", once);
    unsigned v = 12345, digits = 0;
    do {
        digits++;
        v /= 10;
    } while (v);
    printf("%u\n", digits);
    return 0;
}
