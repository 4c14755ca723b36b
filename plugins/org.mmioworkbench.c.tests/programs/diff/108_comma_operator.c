#include <stdio.h>

int main(void)
{
    int first;
    int a = (first = 1, first + 2);
    printf("%d\n", a);
    int i, j;
    for (i = 0, j = 10; i < j; i += 2, j -= 1)
        ;
    printf("%d %d\n", i, j);
    int x = 0;
    int y = (x++, x++, x * 10);
    printf("%d %d\n", x, y);
    return 0;
}
