#include <stdio.h>

#define NAME "mmio"
#define VERSION "1.2"

int main(void)
{
    const char *s = "con" "cat" "enated";
    printf("%s\n", s);
    printf("%s\n", NAME "-" VERSION);
    printf("%zu\n", sizeof("ab" "cd"));
    printf("multi"
           "line\n");
    return 0;
}
