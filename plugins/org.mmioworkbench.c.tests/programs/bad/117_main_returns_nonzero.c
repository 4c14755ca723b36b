// expect: exit=1 stderr~main returned 3
#include <stdio.h>

int main(void)
{
    puts("about to fail");
    return 3;
}
