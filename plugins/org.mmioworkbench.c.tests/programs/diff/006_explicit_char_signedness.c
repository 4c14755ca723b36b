#include <stdio.h>

int main(void)
{
    signed char sc = (signed char)0xF0;
    unsigned char uc = 0xF0;
    printf("%d %d\n", sc, uc);
    printf("%d %d\n", sc >> 2, uc >> 2);
    printf("%d\n", sc == (signed char)uc);
    printf("%d\n", (int)(unsigned char)sc);
    char c = 'A';          /* plain char, but only values 0..127 */
    printf("%d %c\n", c, c + 1);
    return 0;
}
