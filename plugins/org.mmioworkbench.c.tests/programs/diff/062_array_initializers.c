#include <stdio.h>

int main(void)
{
    int a[5] = {1, 2};             /* the rest are zero */
    int b[] = {9, 8, 7};
    int c[2][3] = {{1, 2, 3}, {4}};
    int d[2][2] = {{1, 2}, {3, 4}};
    for (int i = 0; i < 5; i++)
        printf("%d ", a[i]);
    printf("| %zu |", sizeof b / sizeof b[0]);
    for (int i = 0; i < 2; i++)
        for (int j = 0; j < 3; j++)
            printf(" %d", c[i][j]);
    printf(" | %d %d\n", d[1][0], d[1][1]);
    static int zeros[4];
    printf("%d\n", zeros[0] + zeros[3]);
    return 0;
}
