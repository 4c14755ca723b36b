#include <stdio.h>
#include <stdlib.h>

int main(void)
{
    printf("%d %d %d %d\n", atoi("123"), atoi("  -45xyz"), atoi("+7"), atoi("abc"));
    char *end;
    long v = strtol("0x1Fzz", &end, 16);
    printf("%ld [%s]\n", v, end);
    v = strtol("0x1F", &end, 0);
    printf("%ld [%s]\n", v, end);
    v = strtol("0755", &end, 0);
    printf("%ld\n", v);
    v = strtol("-101", &end, 2);
    printf("%ld\n", v);
    v = strtol("zz", &end, 36);
    printf("%ld\n", v);
    const char *none = "  nothing";
    v = strtol(none, &end, 10);
    printf("%ld %d\n", v, end == none);
    printf("%ld\n", atol("9000000000"));
    return 0;
}
