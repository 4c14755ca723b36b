// expect: exit=1 stderr~107_free_stack_pointer.c:8:5: error: free of a pointer malloc did not return
#include <stdlib.h>

int main(void)
{
    int local = 5;
    int *p = &local;
    free(p);
    return 0;
}
