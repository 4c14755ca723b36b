#include <stdio.h>

struct point { int x, y; };

static int sum(const int *v, int n)
{
    int s = 0;
    for (int i = 0; i < n; i++)
        s += v[i];
    return s;
}

static int manhattan(struct point a, struct point b)
{
    int dx = a.x - b.x, dy = a.y - b.y;
    return (dx < 0 ? -dx : dx) + (dy < 0 ? -dy : dy);
}

int main(void)
{
    printf("%d\n", sum((int[]){1, 2, 3, 4}, 4));
    printf("%d\n", manhattan((struct point){1, 2}, (struct point){.y = -3, .x = 4}));
    struct point *p = &(struct point){7, 8};
    p->x++;
    printf("%d %d\n", p->x, p->y);
    int *z = (int[5]){[4] = 9};
    printf("%d %d\n", z[0], z[4]);
    const char *s = (const char[]){'o', 'k', 0};
    puts(s);
    return 0;
}
