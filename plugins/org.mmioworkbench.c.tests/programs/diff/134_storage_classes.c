#include <stdio.h>

static inline int square(int x) { return x * x; }

static int accumulate(int v)
{
    static int total;
    register int r = v;
    auto int doubled = r * 2;
    total += doubled;
    return total;
}

int main(void)
{
    printf("%d\n", square(9));
    accumulate(1);
    accumulate(2);
    printf("%d\n", accumulate(3));
    return 0;
}
