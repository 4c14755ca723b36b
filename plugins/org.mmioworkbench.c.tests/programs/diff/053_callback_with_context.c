#include <stdio.h>

typedef void (*visit_fn)(int value, void *ctx);

static void for_each(const int *v, int n, visit_fn f, void *ctx)
{
    for (int i = 0; i < n; i++)
        f(v[i], ctx);
}

static void sum(int value, void *ctx) { *(int *)ctx += value; }

struct minmax { int min, max; };

static void track(int value, void *ctx)
{
    struct minmax *m = ctx;
    if (value < m->min) m->min = value;
    if (value > m->max) m->max = value;
}

int main(void)
{
    int v[] = {4, -2, 9, 0, 3};
    int total = 0;
    for_each(v, 5, sum, &total);
    struct minmax m = { v[0], v[0] };
    for_each(v, 5, track, &m);
    printf("%d %d %d\n", total, m.min, m.max);
    return 0;
}
