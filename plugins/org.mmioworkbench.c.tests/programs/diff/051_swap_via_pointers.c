#include <stdio.h>

static void swap(int *a, int *b)
{
    int t = *a;
    *a = *b;
    *b = t;
}

static void reverse(int *v, int n)
{
    for (int i = 0, j = n - 1; i < j; i++, j--)
        swap(&v[i], &v[j]);
}

int main(void)
{
    int x = 1, y = 2;
    swap(&x, &y);
    printf("%d %d\n", x, y);
    int v[] = {1, 2, 3, 4, 5, 6, 7};
    reverse(v, 7);
    for (int i = 0; i < 7; i++)
        printf("%d%c", v[i], i == 6 ? '\n' : ' ');
    return 0;
}
