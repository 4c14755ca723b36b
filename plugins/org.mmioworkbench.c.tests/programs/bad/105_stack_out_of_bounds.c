// expect: exit=1 stderr~105_stack_out_of_bounds.c:11:20: error: out of bounds
#include <stdio.h>

int main(void)
{
    int regs[8];
    int sum = 0;
    for (int i = 0; i < 8; i++)
        regs[i] = i;
    for (int i = 0; i < 9; i++)
        sum += regs[i];
    printf("%d\n", sum);
    return 0;
}
