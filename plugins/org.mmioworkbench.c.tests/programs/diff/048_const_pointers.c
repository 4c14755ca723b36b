#include <stdio.h>

int main(void)
{
    int a = 1, b = 2;
    const int *pc = &a;       /* pointer to const int */
    int *const cp = &a;       /* const pointer to int */
    const int *const cpc = &b;
    pc = &b;
    *cp = 10;
    printf("%d %d %d %d\n", *pc, *cp, *cpc, a);
    const char *msg = "const text";
    printf("%s\n", msg + 6);
    return 0;
}
