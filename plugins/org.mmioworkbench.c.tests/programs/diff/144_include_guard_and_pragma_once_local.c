#include <stdio.h>
#include <stdint.h>
#include <stdint.h>
#include <stddef.h>
#include <stddef.h>

#define ONCE_ONLY 1
#ifndef ONCE_ONLY
#error "unreachable"
#endif

int main(void)
{
    uint8_t a = 1;
    size_t s = sizeof a;
    printf("%zu %d\n", s, ONCE_ONLY);
    return 0;
}
