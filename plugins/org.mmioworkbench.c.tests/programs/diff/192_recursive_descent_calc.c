#include <stdio.h>

static const char *p;

static long expr(void);

static long primary(void)
{
    if (*p == '(') {
        p++;
        long v = expr();
        if (*p == ')')
            p++;
        return v;
    }
    if (*p == '-') {
        p++;
        return -primary();
    }
    long v = 0;
    while (*p >= '0' && *p <= '9')
        v = v * 10 + (*p++ - '0');
    return v;
}

static long term(void)
{
    long v = primary();
    while (*p == '*' || *p == '/' || *p == '%') {
        char op = *p++;
        long r = primary();
        if (op == '*') v *= r;
        else if (r == 0) return 0;
        else if (op == '/') v /= r;
        else v %= r;
    }
    return v;
}

static long expr(void)
{
    long v = term();
    while (*p == '+' || *p == '-') {
        char op = *p++;
        long r = term();
        v = op == '+' ? v + r : v - r;
    }
    return v;
}

int main(void)
{
    const char *tests[] = {"1+2*3", "(1+2)*3", "-7/2", "-7%3", "2*(3+(4-1))*-1", "100/7/2"};
    for (int i = 0; i < 6; i++) {
        p = tests[i];
        printf("%s = %ld\n", tests[i], expr());
    }
    return 0;
}
