#include <stdio.h>
#include <stdbool.h>
#include <stddef.h>

enum color { RED, GREEN, BLUE };

struct s {
    bool on;
    enum color c;
    bool again;
    short n;
};

int main(void)
{
    printf("%zu %zu\n", sizeof(bool), sizeof(enum color));
    printf("%zu %zu %zu %zu\n", sizeof(struct s), offsetof(struct s, c), offsetof(struct s, again),
           offsetof(struct s, n));
    return 0;
}
