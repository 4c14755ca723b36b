#include <stdio.h>
#include <stdint.h>

struct desc { uint32_t addr; uint16_t len; uint16_t flags; };

int main(void)
{
    struct desc ring[4];
    for (int i = 0; i < 4; i++)
        ring[i] = (struct desc){ 0x1000u * (uint32_t)i, (uint16_t)(64 * (i + 1)), (uint16_t)(i == 3) };
    struct desc *d = ring;
    struct desc *end = ring + 4;
    unsigned total = 0;
    while (d < end && !(d->flags & 1)) {
        total += d->len;
        d++;
    }
    printf("%u %td %x\n", total, d - ring, d->addr);
    printf("%zu %td\n", sizeof *d, (char *)end - (char *)ring);
    return 0;
}
