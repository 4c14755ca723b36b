#include <stdio.h>

struct s {
    signed int a : 4;
    unsigned int b : 4;
    signed int c : 8;
};

int main(void)
{
    struct s v;
    v.a = -3;
    v.b = 13;
    v.c = -128;
    printf("%d %u %d\n", v.a, v.b, v.c);
    v.a = 7;
    printf("%d\n", v.a);
    printf("%d\n", v.a + v.b);      /* both promote to int */
    printf("%zu\n", sizeof(struct s));
    return 0;
}
