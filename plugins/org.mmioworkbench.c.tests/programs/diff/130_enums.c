#include <stdio.h>

enum color { RED, GREEN = 5, BLUE, ALPHA = -2, BETA };
enum { ANON_A = 100, ANON_B = ANON_A * 2 };
enum flags { F_READ = 1 << 0, F_WRITE = 1 << 1, F_EXEC = 1 << 2 };

int main(void)
{
    printf("%d %d %d %d %d\n", RED, GREEN, BLUE, ALPHA, BETA);
    printf("%d %d\n", ANON_A, ANON_B);
    enum flags f = F_READ | F_WRITE;
    printf("%d %d %d\n", f, (f & F_WRITE) != 0, (f & F_EXEC) != 0);
    enum color c = BLUE;
    c++;
    printf("%d\n", c);
    printf("%zu\n", sizeof(enum color));
    return 0;
}
