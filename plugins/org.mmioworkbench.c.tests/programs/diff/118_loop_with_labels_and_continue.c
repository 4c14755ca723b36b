#include <stdio.h>

int main(void)
{
    int primes = 0;
    for (int n = 2; n < 50; n++) {
        for (int d = 2; d * d <= n; d++)
            if (n % d == 0)
                goto next;
        printf("%d ", n);
        primes++;
    next:;
    }
    printf("\n%d\n", primes);
    return 0;
}
