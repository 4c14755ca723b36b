#include <stdio.h>
#include <stdbool.h>

int main(void)
{
    bool a = 5;
    bool b = 0;
    bool c = -1;
    _Bool d = 256;
    int x = 0x100;
    bool e = x;
    unsigned char f = (unsigned char)x;
    printf("%d %d %d %d %d %d\n", a, b, c, d, e, f);
    printf("%d\n", a + a);
    printf("%d %d\n", true, false);
    printf("%d\n", !!42);
    return 0;
}
