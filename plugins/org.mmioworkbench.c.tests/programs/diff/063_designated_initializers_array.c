#include <stdio.h>

int main(void)
{
    int a[10] = { [2] = 20, [7] = 70, 80, [0] = 1 };
    for (int i = 0; i < 10; i++)
        printf("%d ", a[i]);
    printf("\n");
    const char *names[] = { [3] = "three", [1] = "one" };
    printf("%zu %s %s %d\n", sizeof names / sizeof names[0], names[1], names[3], names[0] == NULL);
    int m[3][3] = { [1][1] = 5, [2] = {7, 8} };
    printf("%d %d %d %d\n", m[1][1], m[2][0], m[2][1], m[2][2]);
    return 0;
}
