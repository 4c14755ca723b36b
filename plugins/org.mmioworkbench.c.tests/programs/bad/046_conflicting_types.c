// expect: exit=2 stderr~046_conflicting_types.c:5:10: error: conflicting types for 'read_reg'
#include <stdint.h>

uint32_t read_reg(uint32_t offset);
uint16_t read_reg(uint32_t offset);

int main(void)
{
    return 0;
}
