#include <stdio.h>
#include <stdlib.h>

static _Noreturn void finish(int code)
{
    printf("finishing with %d\n", code);
    exit(code);
}

static int check(int v)
{
    if (v < 0)
        finish(0);
    return v * 2;
}

int main(void)
{
    printf("%d\n", check(21));
    check(-1);
    puts("never printed");
    return 1;
}
