#include <stdio.h>

int main(void)
{
    int grid[3][3][2];
    int n = 0;
    for (int i = 0; i < 3; i++)
        for (int j = 0; j < 3; j++)
            for (int k = 0; k < 2; k++)
                grid[i][j][k] = n++;
    printf("%d %d %d\n", grid[0][0][1], grid[1][2][0], grid[2][2][1]);
    printf("%zu %zu %zu\n", sizeof grid, sizeof grid[0], sizeof grid[0][0]);
    int trace = 0;
    for (int i = 0; i < 3; i++)
        trace += grid[i][i][0];
    printf("%d\n", trace);
    return 0;
}
