#include <stdio.h>

struct big { long a[6]; char tag; };

static struct big make(int seed)
{
    struct big b;
    for (int i = 0; i < 6; i++)
        b.a[i] = (long)seed * (i + 1);
    b.tag = (char)('a' + seed);
    return b;
}

int main(void)
{
    struct big x = make(3);
    struct big y = make(x.a[0] > 2 ? 4 : 1);
    printf("%ld %ld %c\n", x.a[5], y.a[2], y.tag);
    printf("%zu\n", sizeof(struct big));
    return 0;
}
