#include <stdio.h>

struct opts {
    int speed;
    char parity;
    int stop_bits;
    struct { int rx, tx; } pins;
    int flags[3];
};

int main(void)
{
    struct opts o = { .parity = 'N', .speed = 115200, .pins.tx = 14, .flags = { [2] = 1 } };
    printf("%d %c %d %d %d\n", o.speed, o.parity, o.stop_bits, o.pins.rx, o.pins.tx);
    printf("%d %d %d\n", o.flags[0], o.flags[1], o.flags[2]);
    struct opts p = { 9600, 'E', .pins = { 1, 2 }, { 4, 5 } };
    printf("%d %c %d %d %d %d\n", p.speed, p.parity, p.pins.rx, p.pins.tx, p.flags[0], p.flags[1]);
    return 0;
}
