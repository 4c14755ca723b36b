// expect: exit=2 stderr~021_floating_point_type.c:6:5: error: floating point is not supported
#include <stdio.h>

int main(void)
{
    double ratio = 1.5;
    printf("%d\n", (int)ratio);
    return 0;
}
