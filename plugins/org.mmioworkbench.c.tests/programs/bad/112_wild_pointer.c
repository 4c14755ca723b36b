// expect: exit=1 stderr~112_wild_pointer.c:7:17: error: invalid address
#include <stdint.h>

int main(void)
{
    volatile uint32_t *wild = (volatile uint32_t *)(uintptr_t)0x0000DEAD0000ul;
    return (int)*wild;
}
