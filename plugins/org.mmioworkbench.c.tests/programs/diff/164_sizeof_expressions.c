#include <stdio.h>

struct s { char c; int i; };

int main(void)
{
    int x = 5;
    printf("%zu\n", sizeof x++);          /* not evaluated */
    printf("%d\n", x);
    printf("%zu %zu\n", sizeof(x + 1L), sizeof(char) + sizeof(short));
    struct s v;
    struct s *p = NULL;
    printf("%zu %zu %zu\n", sizeof v, sizeof *p, sizeof p->i);   /* *p not evaluated */
    char c = 'a';
    printf("%zu %zu\n", sizeof c, sizeof(c + c));
    int arr[7];
    printf("%zu %zu\n", sizeof arr / sizeof *arr, sizeof &arr);
    printf("%zu\n", sizeof(int[3][5]));
    return 0;
}
