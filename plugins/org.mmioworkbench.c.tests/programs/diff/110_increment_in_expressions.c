#include <stdio.h>

int main(void)
{
    int i = 5;
    int a = i++;
    int b = ++i;
    printf("%d %d %d\n", a, b, i);
    int v[5] = {0};
    int k = 0;
    v[k++] = 1;
    v[k++] = 2;
    v[++k] = 4;
    printf("%d %d %d %d %d %d\n", v[0], v[1], v[2], v[3], v[4], k);
    int c = 10;
    int d = c--;
    d -= --c;
    printf("%d %d\n", c, d);
    int *p = v;
    *p++ += 10;
    printf("%d %d\n", v[0], *p);
    return 0;
}
