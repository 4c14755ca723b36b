#include <stdio.h>

#define A B
#define B C
#define C 42
#define TWICE(x) ((x) * 2)
#define QUAD(x) TWICE(TWICE(x))
#define f(x) (x + 1)
#define g f
#define SELF SELF_VALUE + 0
#define SELF_VALUE 5

int main(void)
{
    printf("%d\n", A);
    printf("%d\n", QUAD(3));
    printf("%d\n", g(1));
    printf("%d\n", SELF);
    return 0;
}
