#include <stdio.h>

static int calls;
static int t(int v) { calls++; return v; }

int main(void)
{
    calls = 0;
    int r = t(0) && t(1);
    printf("%d %d\n", r, calls);
    calls = 0;
    r = t(1) || t(0);
    printf("%d %d\n", r, calls);
    calls = 0;
    r = t(1) && t(2) && t(0) && t(3);
    printf("%d %d\n", r, calls);
    int *p = NULL;
    printf("%d\n", p != NULL && *p == 3);
    printf("%d %d\n", 5 && 7, 0 || -3);
    return 0;
}
