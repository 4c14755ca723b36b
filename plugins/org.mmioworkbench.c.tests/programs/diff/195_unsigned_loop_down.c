#include <stdio.h>
#include <stddef.h>

int main(void)
{
    int v[5] = {10, 20, 30, 40, 50};
    for (size_t i = sizeof v / sizeof v[0]; i-- > 0;)
        printf("%d ", v[i]);
    printf("\n");
    unsigned n = 0;
    for (unsigned u = 3; u != (unsigned)-1; u--)
        n += u;
    printf("%u\n", n);
    size_t z = 0;
    z--;
    printf("%d\n", z == (size_t)-1);
    return 0;
}
