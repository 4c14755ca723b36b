#include <stdio.h>

int main(void)
{
    int i = -3;
    unsigned int u = 2;
    long l = -3;
    unsigned long ul = 2;
    long long ll = -3;
    printf("%u\n", i + u);
    printf("%ld\n", l + (long)u);
    printf("%lu\n", (unsigned long)l + ul);
    printf("%d\n", (i + u) > 0);
    printf("%d\n", (l + u) < 0);        /* unsigned int converts to long */
    printf("%lld\n", ll * 1000000000LL);
    printf("%zu %zu %zu\n", sizeof(i + u), sizeof(l + u), sizeof(ll + ul));
    return 0;
}
