#include <stdio.h>
#include <stdint.h>

typedef unsigned int uint;
typedef uint32_t reg32;
typedef struct point { int x, y; } point_t;
typedef point_t *point_ptr;
typedef int (*cmp_fn)(const void *, const void *);
typedef char name_t[8];

static int cmp_int(const void *a, const void *b) { return *(const int *)a - *(const int *)b; }

int main(void)
{
    uint u = 3;
    reg32 r = 0x80000000u;
    point_t p = {1, 2};
    point_ptr pp = &p;
    cmp_fn f = cmp_int;
    name_t n = "name";
    int a = 5, b = 9;
    printf("%u %x %d %d %zu %s\n", u, r, pp->x, f(&a, &b), sizeof(name_t), n);
    return 0;
}
