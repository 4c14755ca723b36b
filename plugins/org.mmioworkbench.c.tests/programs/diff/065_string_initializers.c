#include <stdio.h>

int main(void)
{
    char a[] = "abc";
    char b[8] = "abc";
    char c[3] = "abc";          /* no terminator: exactly fits */
    char d[] = {'x', 'y', '\0'};
    printf("%zu %zu %zu %zu\n", sizeof a, sizeof b, sizeof c, sizeof d);
    printf("%s %s %d %d\n", a, b, b[5], c[2]);
    printf("%s\n", d);
    char m[2][4] = {"one", "two"};
    printf("%s %s\n", m[0], m[1]);
    a[0] = 'X';
    printf("%s\n", a);
    return 0;
}
