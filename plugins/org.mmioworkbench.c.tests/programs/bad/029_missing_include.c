// expect: exit=2 stderr~029_missing_include.c:3:10: error: no_such_driver_header.h
#include <stdio.h>
#include "no_such_driver_header.h"

int main(void)
{
    puts("unreachable");
    return 0;
}
