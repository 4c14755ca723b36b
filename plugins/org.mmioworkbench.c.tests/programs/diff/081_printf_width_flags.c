#include <stdio.h>

int main(void)
{
    printf("[%5d] [%-5d] [%05d] [%+d] [% d]\n", 42, 42, 42, 42, 42);
    printf("[%5d] [%-5d] [%05d] [%+d] [% d]\n", -42, -42, -42, -42, -42);
    printf("[%+05d] [%-+5d] [% 05d]\n", 7, 7, 7);
    printf("[%1d] [%3d]\n", 12345, 0);
    printf("[%*d] [%-*d]\n", 6, 9, 6, 9);
    printf("[%*d]\n", -4, 3);
    return 0;
}
