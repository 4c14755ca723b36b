#include <stdio.h>

static int clamp(int v, int lo, int hi) { return v < lo ? lo : v > hi ? hi : v; }

int main(void)
{
    printf("%d %d %d\n", clamp(-5, 0, 10), clamp(5, 0, 10), clamp(50, 0, 10));
    int a = 3, b = 7;
    int *big = a > b ? &a : &b;
    *big = 0;
    printf("%d %d\n", a, b);
    const char *s = a ? "nonzero" : "zero";
    printf("%s\n", s);
    int n = 0;
    n ? n++ : n--;
    printf("%d\n", n);
    return 0;
}
