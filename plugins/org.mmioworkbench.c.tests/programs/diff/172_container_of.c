#include <stdio.h>
#include <stddef.h>

#define container_of(ptr, type, member) ((type *)((char *)(ptr) - offsetof(type, member)))

struct list_head { struct list_head *next; };

struct device {
    int id;
    const char *name;
    struct list_head link;
};

int main(void)
{
    struct device devs[3] = { {1, "uart", {NULL}}, {2, "gpio", {NULL}}, {3, "rtc", {NULL}} };
    devs[0].link.next = &devs[1].link;
    devs[1].link.next = &devs[2].link;
    for (struct list_head *l = &devs[0].link; l; l = l->next) {
        struct device *d = container_of(l, struct device, link);
        printf("%d %s\n", d->id, d->name);
    }
    return 0;
}
