#include <stdio.h>
#include <stdbool.h>

struct version { int major, minor, patch; };

static bool same(const struct version *a, const struct version *b)
{
    return a->major == b->major && a->minor == b->minor && a->patch == b->patch;
}

static int cmp(struct version a, struct version b)
{
    if (a.major != b.major)
        return a.major < b.major ? -1 : 1;
    if (a.minor != b.minor)
        return a.minor < b.minor ? -1 : 1;
    return (a.patch > b.patch) - (a.patch < b.patch);
}

int main(void)
{
    struct version v1 = {1, 2, 3}, v2 = {1, 10, 0}, v3 = v1;
    printf("%d %d\n", same(&v1, &v3), same(&v1, &v2));
    printf("%d %d %d\n", cmp(v1, v2), cmp(v2, v1), cmp(v1, v3));
    return 0;
}
