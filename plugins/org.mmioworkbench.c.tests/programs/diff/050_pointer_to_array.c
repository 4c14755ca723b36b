#include <stdio.h>

int main(void)
{
    int m[3][4];
    for (int i = 0; i < 3; i++)
        for (int j = 0; j < 4; j++)
            m[i][j] = i * 10 + j;
    int (*row)[4] = m;
    printf("%d\n", row[1][2]);
    row++;
    printf("%d\n", (*row)[3]);
    printf("%d\n", *(*(m + 2) + 1));
    printf("%td\n", &m[2][0] - &m[0][0]);
    return 0;
}
