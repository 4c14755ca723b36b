#include <stdio.h>
#include <stdint.h>

struct thing { int id; char label[4]; };

static void show(const void *arg)
{
    const struct thing *t = arg;
    printf("%d %s\n", t->id, t->label);
}

int main(void)
{
    struct thing t = {42, "abc"};
    void *v = &t;
    struct thing *back = v;
    printf("%d\n", back == &t);
    show(v);
    uintptr_t bits = (uintptr_t)v;
    struct thing *again = (struct thing *)bits;
    printf("%d\n", again->id);
    long l = 3;
    void *vl = &l;
    printf("%ld\n", *(long *)vl);
    return 0;
}
