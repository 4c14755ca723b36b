#include <stdio.h>

static int x = 1;

int main(void)
{
    printf("%d\n", x);
    int x = 2;
    printf("%d\n", x);
    {
        int x = 3;
        printf("%d\n", x);
        for (int x = 4; x < 5; x++)
            printf("%d\n", x);
        printf("%d\n", x);
    }
    printf("%d\n", x);
    return 0;
}
