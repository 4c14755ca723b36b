#include <stdio.h>
#include <string.h>

int main(void)
{
    char table[4][8] = {"red", "green", "blue"};
    strcpy(table[3], "black");
    for (int i = 0; i < 4; i++)
        printf("%d:%s(%zu) ", i, table[i], strlen(table[i]));
    printf("\n%zu %zu\n", sizeof table, sizeof table[1]);
    printf("%c%c\n", table[1][0], table[2][3]);
    return 0;
}
