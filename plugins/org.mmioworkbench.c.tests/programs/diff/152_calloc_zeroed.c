#include <stdio.h>
#include <stdlib.h>

struct rec { int a; char b[6]; long c; };

int main(void)
{
    struct rec *r = calloc(4, sizeof *r);
    if (!r)
        return 1;
    int nonzero = 0;
    const unsigned char *bytes = (const unsigned char *)r;
    for (size_t i = 0; i < 4 * sizeof *r; i++)
        nonzero += bytes[i] != 0;
    printf("%d %zu\n", nonzero, 4 * sizeof *r);
    r[2].c = 7;
    printf("%ld %d\n", r[2].c, r[3].a);
    free(r);
    return 0;
}
