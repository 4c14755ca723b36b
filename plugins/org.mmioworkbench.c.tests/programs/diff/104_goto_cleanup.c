#include <stdio.h>
#include <stdlib.h>

static int setup(int fail_at)
{
    int rc = -1;
    char *a = NULL, *b = NULL, *c = NULL;
    if (fail_at == 1)
        goto out;
    a = malloc(16);
    if (!a || fail_at == 2)
        goto free_a;
    b = malloc(16);
    if (!b || fail_at == 3)
        goto free_b;
    c = malloc(16);
    if (!c)
        goto free_b;
    rc = 0;
    free(c);
free_b:
    free(b);
free_a:
    free(a);
    a = NULL;
out:
    free(a);
    printf("fail_at=%d rc=%d\n", fail_at, rc);
    return rc;
}

int main(void)
{
    for (int i = 0; i <= 3; i++)
        setup(i);
    return 0;
}
