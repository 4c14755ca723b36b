#include <stdio.h>

static const char *bucket(long long v)
{
    switch (v) {
    case -1LL:
        return "minus one";
    case 0:
        return "zero";
    case 4294967296LL:
        return "2^32";
    case 9223372036854775807LL:
        return "max";
    default:
        return v < 0 ? "negative" : "positive";
    }
}

int main(void)
{
    long long vs[] = {-1, 0, 4294967296LL, 9223372036854775807LL, 7, -8};
    for (int i = 0; i < 6; i++)
        printf("%lld %s\n", vs[i], bucket(vs[i]));
    unsigned char c = 200;
    switch (c) {
    case 200: puts("unsigned char 200"); break;
    default: puts("other");
    }
    return 0;
}
