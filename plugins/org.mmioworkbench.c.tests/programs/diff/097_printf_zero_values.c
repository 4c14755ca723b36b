#include <stdio.h>

int main(void)
{
    printf("[%d] [%u] [%x] [%o] [%#x] [%#o]\n", 0, 0u, 0u, 0u, 0u, 0u);
    printf("[%.0u] [%.0x] [%#.0o] [%5.0d]\n", 0u, 0u, 0u, 0);
    printf("[%+d] [% d] [%05d]\n", 0, 0, 0);
    printf("[%hhx] [%lx]\n", (unsigned char)0, 0ul);
    return 0;
}
