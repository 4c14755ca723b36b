#include <stdio.h>

int main(void)
{
    printf("%d %d %d %d %d %d %d %d %d %d %d %d\n", 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12);
    printf("%s=%d %s=%ld %s=%c %s=%x\n", "a", 1, "b", 2L, "c", 'c', "d", 0xdu);
    long long big = 1LL << 40;
    printf("%d %lld %d %lld\n", 1, big, 2, -big);
    return 0;
}
