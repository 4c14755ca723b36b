#include <stdio.h>
#include <stdlib.h>

int main(void)
{
    int rows = 4, cols = 5;
    int **m = malloc((size_t)rows * sizeof *m);
    if (!m)
        return 1;
    for (int r = 0; r < rows; r++) {
        m[r] = calloc((size_t)cols, sizeof **m);
        if (!m[r])
            return 1;
        for (int c = 0; c < cols; c++)
            m[r][c] = r * c;
    }
    int *flat = malloc((size_t)(rows * cols) * sizeof *flat);
    if (!flat)
        return 1;
    for (int r = 0; r < rows; r++)
        for (int c = 0; c < cols; c++)
            flat[r * cols + c] = m[r][c] + 1;
    printf("%d %d %d\n", m[3][4], flat[19], flat[6]);
    for (int r = 0; r < rows; r++)
        free(m[r]);
    free(m);
    free(flat);
    return 0;
}
