#include <stdio.h>

#define LOG(fmt, ...) printf("[log] " fmt "\n", __VA_ARGS__)
#define COUNT_ARGS(...) COUNT_ARGS_(__VA_ARGS__, 5, 4, 3, 2, 1, 0)
#define COUNT_ARGS_(a, b, c, d, e, n, ...) n
#define FIRST(x, ...) (x)
#define SHOW(...) puts(#__VA_ARGS__)

int main(void)
{
    LOG("%d + %d = %d", 2, 3, 5);
    LOG("%s", "one arg");
    printf("%d %d %d\n", COUNT_ARGS(a), COUNT_ARGS(a, b, c), COUNT_ARGS(1, 2, 3, 4, 5));
    printf("%d\n", FIRST(7, 8, 9));
    SHOW(a, b,   c);
    return 0;
}
