#include <stdio.h>

int main(void)
{
    int i = 0;
    int r = (i++ == 0) && (i++ == 1);
    printf("%d %d\n", r, i);
    i = 0;
    r = (i++ > 0) || (i++ > 0) || (i++ > 0);
    printf("%d %d\n", r, i);
    i = 3;
    r = i-- ? i : -1;
    printf("%d %d\n", r, i);
    return 0;
}
