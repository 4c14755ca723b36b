#include <stdio.h>

static size_t param_size(int *arr) { return sizeof arr + 0 * sizeof *arr; }

int main(void)
{
    int a[10];
    int (*pa)[10] = &a;
    printf("%zu %zu %zu\n", sizeof a, sizeof a[0], sizeof a / sizeof a[0]);
    printf("%zu\n", param_size(a));
    printf("%zu %zu\n", sizeof *pa, sizeof pa);
    printf("%zu\n", sizeof &a[0]);
    char s[] = "hello";
    printf("%zu %zu\n", sizeof s, sizeof "hello" - 1);
    return 0;
}
