#include <stdio.h>
#include <stddef.h>
#include <stdint.h>

struct inner { uint8_t tag; uint32_t value; };
struct outer {
    uint16_t id;
    struct inner in;
    uint8_t flags[3];
    struct inner pair[2];
    uint64_t stamp;
};

int main(void)
{
    printf("inner %zu align %zu\n", sizeof(struct inner), _Alignof(struct inner));
    printf("outer %zu align %zu\n", sizeof(struct outer), _Alignof(struct outer));
    printf("in %zu in.value %zu\n", offsetof(struct outer, in), offsetof(struct outer, in.value));
    printf("flags %zu pair %zu pair[1].value %zu stamp %zu\n", offsetof(struct outer, flags),
           offsetof(struct outer, pair), offsetof(struct outer, pair[1].value),
           offsetof(struct outer, stamp));
    return 0;
}
