#include <stdio.h>
#include <assert.h>

static int half(int v)
{
    assert(v % 2 == 0);
    return v / 2;
}

int main(void)
{
    printf("%d\n", half(10));
    assert(half(4) == 2 && "half works");
    puts("all assertions held");
    return 0;
}
