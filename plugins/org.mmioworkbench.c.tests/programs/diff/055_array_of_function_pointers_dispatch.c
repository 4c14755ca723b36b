#include <stdio.h>

enum cmd { CMD_INC, CMD_DEC, CMD_DBL, CMD_NEG, CMD_COUNT };

static int inc(int x) { return x + 1; }
static int dec(int x) { return x - 1; }
static int dbl(int x) { return x * 2; }
static int neg(int x) { return -x; }

static int (*const handlers[CMD_COUNT])(int) = {
    [CMD_INC] = inc, [CMD_DEC] = dec, [CMD_DBL] = dbl, [CMD_NEG] = neg,
};

int main(void)
{
    enum cmd program[] = {CMD_INC, CMD_DBL, CMD_DBL, CMD_NEG, CMD_DEC};
    int acc = 2;
    for (unsigned i = 0; i < sizeof program / sizeof program[0]; i++) {
        acc = handlers[program[i]](acc);
        printf("%d\n", acc);
    }
    return 0;
}
