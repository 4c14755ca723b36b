#include <stdio.h>
#include <stddef.h>

struct s {
    char c;
    _Alignas(16) int i;
    char d;
};

struct t {
    _Alignas(8) char buf[3];
    short x;
};

int main(void)
{
    printf("%zu %zu %zu\n", sizeof(struct s), offsetof(struct s, i), _Alignof(struct s));
    printf("%zu %zu %zu\n", sizeof(struct t), offsetof(struct t, x), _Alignof(struct t));
    return 0;
}
