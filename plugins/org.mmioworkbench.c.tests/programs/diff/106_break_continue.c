#include <stdio.h>

int main(void)
{
    for (int i = 0; i < 20; i++) {
        if (i % 3 == 0)
            continue;
        if (i > 14)
            break;
        printf("%d ", i);
    }
    printf("\n");
    int n = 0;
    while (1) {
        n++;
        if (n < 5)
            continue;
        break;
    }
    printf("%d\n", n);
    return 0;
}
