#include <stdio.h>

#define VALUE 1
#define VALUE 1         /* an identical redefinition is allowed */

int main(void)
{
    printf("%d\n", VALUE);
#undef VALUE
#define VALUE 2
    printf("%d\n", VALUE);
#undef VALUE
#define VALUE(x) ((x) + 3)
    printf("%d\n", VALUE(4));
    return 0;
}
