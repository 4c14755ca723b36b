#include <stdio.h>

int main(void)
{
    printf("[%.3d] [%.0d] [%.0d] [%5.3d]\n", 7, 0, 1, 7);
    printf("[%-8.4d] [%8.3d]\n", -12, 12);
    printf("[%.5x] [%#.5x]\n", 0xABu, 0xABu);
    printf("[%.*d]\n", 4, 5);
    printf("[%+.2d] [% .3d]\n", 3, 3);
    return 0;
}
