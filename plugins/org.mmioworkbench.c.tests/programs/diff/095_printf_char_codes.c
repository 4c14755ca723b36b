#include <stdio.h>

int main(void)
{
    for (int c = 32; c < 127; c++) {
        putchar(c);
        if ((c - 31) % 16 == 0)
            putchar('\n');
    }
    putchar('\n');
    printf("%c%c%c\n", 72, 105, 33);
    printf("%d\n", printf("%c", 'Q'));
    return 0;
}
