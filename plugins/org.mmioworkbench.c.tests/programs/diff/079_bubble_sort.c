#include <stdio.h>

static void sort(int *v, int n)
{
    for (int i = 0; i < n - 1; i++)
        for (int j = 0; j < n - 1 - i; j++)
            if (v[j] > v[j + 1]) {
                int t = v[j];
                v[j] = v[j + 1];
                v[j + 1] = t;
            }
}

int main(void)
{
    int v[] = {42, -7, 19, 0, 3, -7, 100, 8};
    int n = (int)(sizeof v / sizeof v[0]);
    sort(v, n);
    for (int i = 0; i < n; i++)
        printf("%d ", v[i]);
    printf("\n");
    return 0;
}
