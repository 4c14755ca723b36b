// expect: exit=1 stderr~
#include <stdio.h>
#include <stdlib.h>

static void fail(const char *why)
{
    printf("fatal: %s\n", why);
    exit(1);
}

int main(void)
{
    fail("device did not answer");
    return 0;
}
