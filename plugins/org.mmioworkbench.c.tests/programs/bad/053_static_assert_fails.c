// expect: exit=2 stderr~053_static_assert_fails.c:12:1: error: static assertion failed: "UARTCR must be at 0x30"
#include <stddef.h>
#include <stdint.h>

struct pl011 {
    uint32_t DR;
    uint32_t RSR;
    uint32_t FR;
    uint32_t CR;
};

_Static_assert(offsetof(struct pl011, CR) == 0x30, "UARTCR must be at 0x30");

int main(void)
{
    return 0;
}
