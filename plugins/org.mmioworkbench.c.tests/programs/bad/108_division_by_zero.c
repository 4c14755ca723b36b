// expect: exit=1 stderr~108_division_by_zero.c:6:18: error: division by zero
#include <stdio.h>

static int average(int total, int count)
{
    return total / count;
}

int main(void)
{
    printf("%d\n", average(10, 0));
    return 0;
}
