#include <stdio.h>
#include <stdint.h>

static volatile uint32_t fake_reg;
static const int table[3] = {10, 20, 30};

static uint32_t read_twice(volatile const uint32_t *r)
{
    uint32_t a = *r;
    uint32_t b = *r;
    return a + b;
}

int main(void)
{
    fake_reg = 21;
    printf("%u\n", read_twice(&fake_reg));
    volatile int counter = 0;
    for (int i = 0; i < 5; i++)
        counter++;
    printf("%d\n", counter);
    const int *p = table;
    printf("%d\n", p[2]);
    const volatile int cv = 4;
    printf("%d\n", cv * 2);
    return 0;
}
