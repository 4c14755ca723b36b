#include <stdio.h>

int main(void)
{
    int n = printf("hello %d\n", 12345);
    printf("%d\n", n);
    n = printf("%s", "");
    printf("%d\n", n);
    n = printf("[%10s]\n", "x");
    printf("%d\n", n);
    return 0;
}
