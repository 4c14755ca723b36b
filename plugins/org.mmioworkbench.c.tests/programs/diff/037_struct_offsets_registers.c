#include <stdio.h>
#include <stddef.h>
#include <stdint.h>

/* a PL011-like register block: members and reserved gaps */
struct uart_regs {
    uint32_t dr;
    uint32_t rsr;
    uint32_t reserved0[4];
    uint32_t fr;
    uint32_t reserved1;
    uint32_t ilpr;
    uint32_t ibrd;
    uint32_t fbrd;
    uint32_t lcr_h;
    uint32_t cr;
};

_Static_assert(offsetof(struct uart_regs, fr) == 0x18, "fr at 0x18");
_Static_assert(offsetof(struct uart_regs, cr) == 0x30, "cr at 0x30");

int main(void)
{
    printf("fr 0x%02zx ibrd 0x%02zx lcr_h 0x%02zx cr 0x%02zx size 0x%zx\n",
           offsetof(struct uart_regs, fr), offsetof(struct uart_regs, ibrd),
           offsetof(struct uart_regs, lcr_h), offsetof(struct uart_regs, cr), sizeof(struct uart_regs));
    return 0;
}
