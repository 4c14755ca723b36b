#include <stdio.h>
#include <stdint.h>
#include <string.h>

#define BUCKETS 8

static uint32_t fnv1a(const char *s)
{
    uint32_t h = 2166136261u;
    for (; *s; s++) {
        h ^= (uint8_t)*s;
        h *= 16777619u;
    }
    return h;
}

struct entry { const char *key; int value; struct entry *next; };

int main(void)
{
    static struct entry pool[6];
    struct entry *table[BUCKETS] = {0};
    const char *keys[] = {"uart", "gpio", "rtc", "timer", "spi", "i2c"};
    for (int i = 0; i < 6; i++) {
        uint32_t b = fnv1a(keys[i]) % BUCKETS;
        pool[i] = (struct entry){keys[i], i * 10, table[b]};
        table[b] = &pool[i];
    }
    for (int b = 0; b < BUCKETS; b++) {
        printf("%d:", b);
        for (struct entry *e = table[b]; e; e = e->next)
            printf(" %s=%d", e->key, e->value);
        printf("\n");
    }
    printf("%08x\n", fnv1a("hello"));
    return 0;
}
