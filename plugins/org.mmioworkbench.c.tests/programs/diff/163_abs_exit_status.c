#include <stdio.h>
#include <stdlib.h>

int main(void)
{
    printf("%d %d %ld %lld\n", abs(-5), abs(5), labs(-70000L), llabs(-5000000000LL));
    printf("%d %d\n", EXIT_SUCCESS, EXIT_FAILURE);
    exit(EXIT_SUCCESS);
}
