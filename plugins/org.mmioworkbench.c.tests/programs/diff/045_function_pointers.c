#include <stdio.h>

static int add(int a, int b) { return a + b; }
static int sub(int a, int b) { return a - b; }
static int mul(int a, int b) { return a * b; }

typedef int (*binop)(int, int);

static int apply(binop f, int a, int b) { return f(a, b); }

int main(void)
{
    binop ops[] = { add, sub, mul };
    const char *names[] = { "add", "sub", "mul" };
    for (int i = 0; i < 3; i++)
        printf("%s %d\n", names[i], ops[i](7, 3));
    int (*fp)(int, int) = &add;
    printf("%d\n", (*fp)(1, 2));
    printf("%d\n", apply(mul, 6, 7));
    printf("%d\n", fp == add);
    return 0;
}
