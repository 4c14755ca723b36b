#include <stdio.h>

static int table[5] = {5, 4, 3, 2, 1};

static int *find(int value)
{
    for (int i = 0; i < 5; i++)
        if (table[i] == value)
            return &table[i];
    return NULL;
}

static const char *name_of(int n)
{
    static const char *names[] = {"zero", "one", "two"};
    return n >= 0 && n < 3 ? names[n] : "many";
}

int main(void)
{
    int *p = find(3);
    printf("%td\n", p - table);
    *p = 30;
    printf("%d\n", table[2]);
    printf("%d\n", find(7) == NULL);
    printf("%s %s %s\n", name_of(0), name_of(2), name_of(5));
    return 0;
}
