#include <stdio.h>

struct point { int x, y; };
struct line { struct point a, b; char name[8]; };

static struct point mid(struct line l)
{
    struct point p = { (l.a.x + l.b.x) / 2, (l.a.y + l.b.y) / 2 };
    return p;
}

int main(void)
{
    struct line l1 = { {0, 0}, {10, 20}, "diag" };
    struct line l2 = l1;
    l2.b.x = 30;
    l2.name[0] = 'D';
    struct point m1 = mid(l1), m2 = mid(l2);
    printf("%d %d %s\n", m1.x, m1.y, l1.name);
    printf("%d %d %s\n", m2.x, m2.y, l2.name);
    return 0;
}
