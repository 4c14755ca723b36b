// expect: exit=1 stderr~106_double_free.c:8:5: error: double free
#include <stdlib.h>

int main(void)
{
    char *p = malloc(16);
    free(p);
    free(p);
    return 0;
}
