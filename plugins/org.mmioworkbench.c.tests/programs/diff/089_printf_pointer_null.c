#include <stdio.h>

int main(void)
{
    /* only a null pointer: other addresses differ between runs and machines */
    void *p = NULL;
    printf("[%p]\n", p);
    printf("[%10p]\n", p);
    printf("[%-10p]\n", p);
    return 0;
}
