#include <stdio.h>
#include <stddef.h>

struct a { char c; int i; };
struct b { char c; long l; char d; };
struct c { int i; char c; };
struct d { char c1; char c2; short s; int i; };

int main(void)
{
    printf("a: %zu %zu %zu\n", sizeof(struct a), offsetof(struct a, i), _Alignof(struct a));
    printf("b: %zu %zu %zu %zu\n", sizeof(struct b), offsetof(struct b, l), offsetof(struct b, d),
           _Alignof(struct b));
    printf("c: %zu\n", sizeof(struct c));
    printf("d: %zu %zu %zu\n", sizeof(struct d), offsetof(struct d, s), offsetof(struct d, i));
    return 0;
}
