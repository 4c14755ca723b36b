#include <stdio.h>

int main(void)
{
    printf("%zu\n", sizeof('a'));      /* int in C */
    printf("%d %d %d\n", 'a', 'Z', ' ');
    printf("%c%c%c\n", 'o', 107, '\x21');
    int digits = 0;
    const char *t = "a1b22c333";
    for (int i = 0; t[i]; i++)
        if (t[i] >= '0' && t[i] <= '9')
            digits++;
    printf("%d\n", digits);
    unsigned char hi = (unsigned char)'\xff';
    printf("%d\n", hi);
    return 0;
}
