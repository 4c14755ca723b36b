#include <stdio.h>

static int row_sum(const int *row, int n)
{
    int s = 0;
    for (int i = 0; i < n; i++)
        s += row[i];
    return s;
}

int main(void)
{
    int r0[] = {1, 2, 3}, r1[] = {10, 20}, r2[] = {7};
    int *rows[] = {r0, r1, r2};
    int lens[] = {3, 2, 1};
    for (int i = 0; i < 3; i++)
        printf("%d ", row_sum(rows[i], lens[i]));
    printf("\n%d\n", rows[1][1]);
    return 0;
}
