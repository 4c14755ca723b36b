#include <stdio.h>
#include <stdint.h>

#define TYPE_NAME(x) _Generic((x), \
    char: "char", signed char: "signed char", unsigned char: "unsigned char", \
    short: "short", unsigned short: "unsigned short", \
    int: "int", unsigned: "unsigned", long: "long", unsigned long: "unsigned long", \
    long long: "long long", unsigned long long: "unsigned long long", \
    default: "other")

int main(void)
{
    char c = 0;
    uint8_t u8 = 0;
    short s = 0;
    puts(TYPE_NAME(c));
    puts(TYPE_NAME(u8));
    puts(TYPE_NAME(c + 0));
    puts(TYPE_NAME(s + s));
    puts(TYPE_NAME(1u + 1));
    puts(TYPE_NAME(1L + 1u));
    puts(TYPE_NAME(sizeof(int)));
    puts(TYPE_NAME((uint64_t)1));
    puts(TYPE_NAME(1ULL));
    puts(TYPE_NAME("str"));
    return 0;
}
