#include <stdio.h>

static int one(void) { return 1; }
static int two(void) { return 2; }

typedef int (*getter)(void);

static getter pick(int which) { return which ? two : one; }

static int (*pick_raw(int which))(void) { return which ? two : one; }

int main(void)
{
    int (*table[2])(void) = { one, two };
    int (*(*ptable)[2])(void) = &table;
    printf("%d %d\n", table[0](), (*ptable)[1]());
    printf("%d %d\n", pick(0)(), pick_raw(1)());
    char *strs[] = {"a", "b"};
    char **pp = strs;
    char *(*pstrs)[2] = &strs;
    printf("%s %s\n", pp[1], (*pstrs)[0]);
    return 0;
}
