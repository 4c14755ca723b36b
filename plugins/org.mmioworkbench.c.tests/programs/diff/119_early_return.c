#include <stdio.h>

static int find_first_negative(const int *v, int n)
{
    for (int i = 0; i < n; i++)
        if (v[i] < 0)
            return i;
    return -1;
}

static void check(int x)
{
    if (x == 0) {
        printf("zero\n");
        return;
    }
    printf("%s\n", x > 0 ? "positive" : "negative");
}

int main(void)
{
    int a[] = {3, 4, -1, 5};
    int b[] = {1, 2};
    printf("%d %d\n", find_first_negative(a, 4), find_first_negative(b, 2));
    check(0);
    check(-4);
    check(4);
    return 0;
}
