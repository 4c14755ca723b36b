// expect: exit=2 stderr~065_pointer_from_integer.c:6:21: error: makes pointer from integer without a cast
#include <stdint.h>

int main(void)
{
    uint32_t *reg = 0x09000000;
    return reg == 0;
}
