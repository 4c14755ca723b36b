#include <stdio.h>

#define SWAP(a, b) do { int swap_tmp_ = (a); (a) = (b); (b) = swap_tmp_; } while (0)
#define CHECK(cond) do { if (!(cond)) { printf("check failed: %s\n", #cond); } } while (0)

int main(void)
{
    int x = 1, y = 2;
    if (x < y)
        SWAP(x, y);
    else
        puts("never");
    printf("%d %d\n", x, y);
    CHECK(x > y);
    CHECK(x == y);
    return 0;
}
