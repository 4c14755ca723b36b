#include <stdio.h>
#include <stdint.h>
#include <stddef.h>
#include <assert.h>

_Static_assert(sizeof(int32_t) == 4, "int32_t is 4 bytes");
_Static_assert(sizeof(void *) == 8, "LP64");

struct hdr { uint8_t kind; uint8_t len; uint16_t crc; uint32_t seq; };
_Static_assert(offsetof(struct hdr, seq) == 4, "seq at 4");
static_assert(sizeof(struct hdr) == 8, "no padding at the end");

int main(void)
{
    _Static_assert(1 + 1 == 2, "inside a function");
    struct local { char c; _Static_assert(sizeof(char) == 1, "in a struct"); };
    printf("%zu %zu\n", sizeof(struct hdr), sizeof(struct local));
    return 0;
}
