// expect: exit=1 stderr~104_heap_out_of_bounds.c:10:10: error: out of bounds
#include <stdlib.h>

int main(void)
{
    int *v = malloc(4 * sizeof *v);
    if (!v)
        return 1;
    for (int i = 0; i <= 4; i++)
        v[i] = i;
    free(v);
    return 0;
}
