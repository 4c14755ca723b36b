#include <stdio.h>

#define LEVEL 3
#define FEATURE_X

int main(void)
{
#if LEVEL > 5
    puts("high");
#elif LEVEL > 2
    puts("medium");
#else
    puts("low");
#endif
#ifdef FEATURE_X
    puts("x on");
#endif
#ifndef FEATURE_Y
    puts("y off");
#endif
#if defined(FEATURE_X) && !defined(FEATURE_Y)
    puts("x and not y");
#endif
#if defined FEATURE_X || 0
    puts("defined without parentheses");
#endif
#if UNDEFINED_NAME == 0
    puts("undefined names are 0");
#endif
#undef LEVEL
#ifndef LEVEL
    puts("undefined again");
#endif
#if (2 + 3) * 4 == 20 && 0x10 == 16 && (7 % 3) == 1
    puts("arithmetic in #if");
#endif
    return 0;
}
