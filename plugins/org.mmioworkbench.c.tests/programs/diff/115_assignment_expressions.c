#include <stdio.h>

int main(void)
{
    int a, b, c;
    a = b = c = 7;
    printf("%d %d %d\n", a, b, c);
    int x = 0;
    if ((x = 5) > 3)
        printf("x=%d\n", x);
    int n = 0, total = 0;
    while ((n += 2) < 10)
        total += n;
    printf("%d %d\n", n, total);
    int y = (a += 3) * 2;
    printf("%d %d\n", a, y);
    return 0;
}
