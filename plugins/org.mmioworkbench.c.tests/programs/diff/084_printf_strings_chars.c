#include <stdio.h>

int main(void)
{
    printf("[%s] [%10s] [%-10s]\n", "abc", "abc", "abc");
    printf("[%.2s] [%8.3s] [%-8.1s]\n", "abcdef", "abcdef", "abcdef");
    printf("[%.*s]\n", 3, "truncate");
    printf("[%c] [%3c] [%-3c]\n", 'x', 'y', 'z');
    printf("[%s]\n", "");
    printf("%%d is literal, 100%%\n");
    char partial[3] = {'n', 'o', 't'};
    printf("[%.3s]\n", partial);       /* precision: no terminator needed */
    return 0;
}
