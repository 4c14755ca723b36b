#include <stdio.h>

#define EMPTY
#define NOTHING()
#define STATIC_FN static
#define BUFSZ (4 * 8)
#define GREETING "hello"

STATIC_FN int helper(void) { return BUFSZ EMPTY; }

int main(void)
{
    char buf[BUFSZ];
    NOTHING()
    printf("%zu %d %s\n", sizeof buf, helper(), GREETING EMPTY);
    return 0;
}
