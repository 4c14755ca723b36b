#include <stdio.h>

int main(void)
{
    int i = 0, sum = 0;
again:
    sum += i;
    i++;
    if (i < 10)
        goto again;
    printf("%d\n", sum);
    for (int a = 0; a < 5; a++)
        for (int b = 0; b < 5; b++)
            if (a * b == 6) {
                printf("found %d %d\n", a, b);
                goto done;
            }
    printf("not found\n");
done:
    return 0;
}
