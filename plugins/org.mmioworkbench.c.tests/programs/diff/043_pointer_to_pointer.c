#include <stdio.h>
#include <stdlib.h>

static void alloc_int(int **out, int value)
{
    *out = malloc(sizeof **out);
    if (*out)
        **out = value;
}

int main(void)
{
    int x = 5;
    int *p = &x;
    int **pp = &p;
    **pp = 7;
    printf("%d\n", x);
    int *q = NULL;
    alloc_int(&q, 99);
    printf("%d\n", *q);
    int y = 1;
    *pp = &y;
    printf("%d\n", *p);
    free(q);
    return 0;
}
