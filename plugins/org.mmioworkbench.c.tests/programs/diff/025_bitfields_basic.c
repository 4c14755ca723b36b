#include <stdio.h>

struct ctrl {
    unsigned int enable : 1;
    unsigned int mode : 3;
    unsigned int divider : 12;
    unsigned int : 0;
    unsigned int status : 8;
};

int main(void)
{
    struct ctrl c = {0};
    c.enable = 1;
    c.mode = 5;
    c.divider = 4095;
    c.status = 0x5A;
    printf("%zu\n", sizeof(struct ctrl));
    printf("%u %u %u %u\n", c.enable, c.mode, c.divider, c.status);
    unsigned nine = 9;
    c.mode = nine;                    /* keeps the low 3 bits */
    c.divider += 1;                   /* wraps to 0 */
    printf("%u %u\n", c.mode, c.divider);
    return 0;
}
