#include <stdio.h>

static int counter(void)
{
    static int n;
    return ++n;
}

static int fib_next(void)
{
    static int a = 0, b = 1;
    int r = a;
    int t = a + b;
    a = b;
    b = t;
    return r;
}

int main(void)
{
    for (int i = 0; i < 3; i++)
        printf("%d ", counter());
    printf("\n");
    for (int i = 0; i < 10; i++)
        printf("%d ", fib_next());
    printf("\n%d\n", counter());
    return 0;
}
