#include <stdio.h>

#define N 3

static void matmul(const int a[N][N], const int b[N][N], int c[N][N])
{
    for (int i = 0; i < N; i++)
        for (int j = 0; j < N; j++) {
            int s = 0;
            for (int k = 0; k < N; k++)
                s += a[i][k] * b[k][j];
            c[i][j] = s;
        }
}

int main(void)
{
    const int a[N][N] = {{1, 2, 3}, {4, 5, 6}, {7, 8, 9}};
    const int id[N][N] = {{0, 0, 1}, {0, 1, 0}, {1, 0, 0}};
    int c[N][N];
    matmul(a, id, c);
    for (int i = 0; i < N; i++)
        printf("%d %d %d\n", c[i][0], c[i][1], c[i][2]);
    matmul(a, a, c);
    printf("%d\n", c[2][2]);
    return 0;
}
