#include <stdio.h>

int global_count = 3;
static int file_local = 10;
extern int declared_later;
const char *greeting = "hi";
int table[4] = {1, 2, 3, 4};

static void bump(void)
{
    global_count++;
    file_local += declared_later;
}

int declared_later = 5;

int main(void)
{
    bump();
    bump();
    printf("%d %d %s %d\n", global_count, file_local, greeting, table[3]);
    extern int global_count;
    printf("%d\n", global_count);
    return 0;
}
