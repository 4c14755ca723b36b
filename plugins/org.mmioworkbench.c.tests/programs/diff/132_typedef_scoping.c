#include <stdio.h>

typedef int T;

int main(void)
{
    T a = 1;
    {
        typedef char T;
        T b = 'b';
        printf("%zu %c\n", sizeof(T), b);
    }
    printf("%zu %d\n", sizeof(T), a);
    {
        int T = 7;            /* an ordinary identifier hides the typedef */
        printf("%d\n", T);
    }
    return 0;
}
