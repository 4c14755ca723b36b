#include <stdio.h>
#include <stdint.h>

struct flags {
    uint8_t ready : 1;
    uint8_t error : 1;
    uint8_t count : 6;
    uint16_t level : 10;
};

int main(void)
{
    struct flags f = { .ready = 1, .count = 33, .level = 1000 };
    printf("%zu\n", sizeof f);
    printf("%u %u %u %u\n", f.ready, f.error, f.count, f.level);
    f.count++;
    f.error = !f.error;
    printf("%u %u\n", f.count, f.error);
    for (int i = 0; i < 40; i++)
        f.count++;
    printf("%u\n", f.count);
    return 0;
}
