#include <stdio.h>

enum kind { K_INT, K_CHAR, K_PAIR };

struct value {
    enum kind kind;
    union {
        int i;
        char c;
        struct { short a, b; } pair;
    } as;
};

static void show(const struct value *v)
{
    switch (v->kind) {
    case K_INT: printf("int %d\n", v->as.i); break;
    case K_CHAR: printf("char %c\n", v->as.c); break;
    case K_PAIR: printf("pair %d %d\n", v->as.pair.a, v->as.pair.b); break;
    }
}

int main(void)
{
    struct value vs[3] = {
        { K_INT, { .i = -42 } },
        { K_CHAR, { .c = 'z' } },
        { K_PAIR, { .pair = { 7, -8 } } },
    };
    for (int i = 0; i < 3; i++)
        show(&vs[i]);
    printf("%zu\n", sizeof(struct value));
    return 0;
}
