// expect: exit=1 stderr~101_null_dereference.c:8:5: error: null pointer dereference
#include <stdint.h>
#include <stddef.h>

int main(void)
{
    volatile uint32_t *reg = NULL;
    *reg = 1;
    return 0;
}
