#include <stdio.h>
#include <stdlib.h>

int main(void)
{
    char *end;
    unsigned long u = strtoul("4294967296", &end, 10);
    printf("%lu [%s]\n", u, end);
    u = strtoul("FFFFFFFF", NULL, 16);
    printf("%lx\n", u);
    u = strtoul("  +12 rest", &end, 10);
    printf("%lu [%s]\n", u, end);
    unsigned long long ull = strtoull("18446744073709551615", NULL, 10);
    printf("%llu\n", ull);
    long long ll = strtoll("-9223372036854775808", NULL, 10);
    printf("%lld\n", ll);
    return 0;
}
