#include <stdio.h>
#include <stdint.h>
#include <stdbool.h>

#define RB_SIZE 8u      /* a power of two */

struct ring {
    uint8_t data[RB_SIZE];
    uint32_t head, tail;    /* free-running indices */
};

static bool rb_put(struct ring *r, uint8_t v)
{
    if (r->head - r->tail == RB_SIZE)
        return false;
    r->data[r->head++ & (RB_SIZE - 1)] = v;
    return true;
}

static bool rb_get(struct ring *r, uint8_t *v)
{
    if (r->head == r->tail)
        return false;
    *v = r->data[r->tail++ & (RB_SIZE - 1)];
    return true;
}

int main(void)
{
    struct ring r = { .head = 0xFFFFFFFCu, .tail = 0xFFFFFFFCu };   /* indices wrap around */
    int dropped = 0;
    for (int i = 0; i < 10; i++)
        if (!rb_put(&r, (uint8_t)('a' + i)))
            dropped++;
    uint8_t c;
    while (rb_get(&r, &c))
        putchar(c);
    printf("\ndropped %d head %u tail %u\n", dropped, r.head, r.tail);
    return 0;
}
