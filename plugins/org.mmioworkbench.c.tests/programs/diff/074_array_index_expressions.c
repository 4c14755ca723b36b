#include <stdio.h>

int main(void)
{
    int a[10];
    for (int i = 0; i < 10; i++)
        a[i] = i * i;
    int i = 2;
    printf("%d\n", a[i + 3]);
    printf("%d\n", a[a[2]]);
    printf("%d\n", a[9 - i * 2]);
    i = 0;
    a[i++] = 100;
    a[i++] = 200;
    printf("%d %d %d\n", a[0], a[1], i);
    int k = 3;
    printf("%d\n", a[--k]);
    return 0;
}
