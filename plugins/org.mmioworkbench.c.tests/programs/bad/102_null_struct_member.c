// expect: exit=1 stderr~102_null_struct_member.c:9:15: error: null pointer dereference
#include <stdio.h>
#include <stddef.h>

struct config { int speed; int parity; };

static int speed_of(const struct config *cfg)
{
    return cfg->speed;
}

int main(void)
{
    printf("%d\n", speed_of(NULL));
    return 0;
}
