#include <stdio.h>

static void divmod(int a, int b, int *q, int *r)
{
    *q = a / b;
    *r = a % b;
}

static int parse_digit(char c, int *out)
{
    if (c < '0' || c > '9')
        return 0;
    *out = c - '0';
    return 1;
}

int main(void)
{
    int q, r, d = -1;
    divmod(47, 5, &q, &r);
    printf("%d %d\n", q, r);
    divmod(-47, 5, &q, &r);
    printf("%d %d\n", q, r);
    printf("%d %d\n", parse_digit('7', &d), d);
    printf("%d %d\n", parse_digit('x', &d), d);
    return 0;
}
