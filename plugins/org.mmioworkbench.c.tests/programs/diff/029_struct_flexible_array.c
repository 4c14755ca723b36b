#include <stdio.h>
#include <stdlib.h>
#include <stddef.h>

struct packet {
    unsigned short len;
    unsigned char data[];
};

int main(void)
{
    printf("%zu %zu\n", sizeof(struct packet), offsetof(struct packet, data));
    struct packet *p = malloc(sizeof *p + 5);
    if (!p)
        return 1;
    p->len = 5;
    for (int i = 0; i < p->len; i++)
        p->data[i] = (unsigned char)(i * 3);
    int sum = 0;
    for (int i = 0; i < p->len; i++)
        sum += p->data[i];
    printf("%d\n", sum);
    free(p);
    return 0;
}
