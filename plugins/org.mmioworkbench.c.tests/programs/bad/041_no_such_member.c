// expect: exit=2 stderr~041_no_such_member.c:12:6: error: 'struct uart_regs' has no member named 'BAUD'
#include <stdint.h>

struct uart_regs {
    volatile uint32_t DR;
    volatile uint32_t FR;
};

int main(void)
{
    struct uart_regs r = { 0, 0 };
    r.BAUD = 115200;
    return (int)r.DR;
}
