#include <stdio.h>

struct inner { int v; };
struct outer { struct inner in; struct inner *pin; };

int main(void)
{
    struct inner i2 = {20};
    struct outer o = { {10}, &i2 };
    struct outer *po = &o;
    printf("%d %d\n", o.in.v, po->in.v);
    printf("%d %d\n", o.pin->v, po->pin->v);
    printf("%d\n", (*po).pin->v + (&o)->in.v);
    po->pin->v++;
    ++(*po).in.v;
    printf("%d %d\n", i2.v, o.in.v);
    return 0;
}
