#include <stdio.h>

#define APPLY(f, args) f args
#define PAIR(a, b) ((a) * 10 + (b))
#define ID(...) __VA_ARGS__
#define SUM3(a, b, c) ((a) + (b) + (c))

struct p { int a, b; };

int main(void)
{
    printf("%d\n", APPLY(PAIR, (3, 4)));
    printf("%d\n", SUM3(PAIR(1, 2), 3, 4));
    struct p v = ID({1, 2});
    printf("%d %d\n", v.a, v.b);
    printf("%d\n", ID(PAIR(5, 6)));
    return 0;
}
