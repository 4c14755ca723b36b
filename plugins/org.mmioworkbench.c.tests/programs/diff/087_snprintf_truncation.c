#include <stdio.h>
#include <string.h>

int main(void)
{
    char buf[8];
    volatile int big = 123456;
    volatile size_t one = 1;
    int n = snprintf(buf, sizeof buf, "value=%d", big);
    printf("%d [%s] %zu\n", n, buf, strlen(buf));
    n = snprintf(buf, sizeof buf, "%s", "ok");
    printf("%d [%s]\n", n, buf);
    n = snprintf(NULL, 0, "%05d", 42);
    printf("%d\n", n);
    n = snprintf(buf, one, "abc");
    printf("%d [%s]\n", n, buf);
    return 0;
}
