#include <stdio.h>

#define MODE 'B'
#define LIMIT 0x7FFFFFFF

int main(void)
{
#if MODE == 'A'
    puts("A");
#elif MODE == 'B'
    puts("B");
#endif
#if LIMIT + 1 > 0
    puts("#if arithmetic is intmax_t");
#endif
#if (0u - 1) > 0
    puts("unsigned arithmetic wraps in #if too");
#else
    puts("signed");
#endif
#if 1 ? 2 : 3
    puts("ternary");
#endif
    return 0;
}
