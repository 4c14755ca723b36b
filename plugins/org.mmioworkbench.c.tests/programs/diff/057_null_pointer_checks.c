#include <stdio.h>
#include <stddef.h>

struct cfg { const char *name; int *limit; };

static int limit_or_default(const struct cfg *c)
{
    if (c == NULL || c->limit == NULL)
        return -1;
    return *c->limit;
}

int main(void)
{
    int lim = 12;
    struct cfg a = {"a", &lim}, b = {"b", NULL};
    printf("%d %d %d\n", limit_or_default(&a), limit_or_default(&b), limit_or_default(NULL));
    printf("%p\n", (void *)NULL);
    void *p = 0;
    printf("%d\n", p == NULL);
    return 0;
}
