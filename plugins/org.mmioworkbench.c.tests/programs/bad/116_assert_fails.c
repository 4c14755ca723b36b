// expect: exit=1 stderr~116_assert_fails.c:8: check_divisor: Assertion `divisor != 0' failed.
#include <assert.h>
#include <stdio.h>

static int check_divisor(int divisor)
{
    /* the message is glibc's (2.36, Debian 12): `EXPR' quoted with a backtick and an apostrophe */
    assert(divisor != 0);
    return divisor;
}

int main(void)
{
    printf("%d\n", check_divisor(0));
    return 0;
}
