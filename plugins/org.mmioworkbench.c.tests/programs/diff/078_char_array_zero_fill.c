#include <stdio.h>

int main(void)
{
    char buf[10] = "hi";
    int zeros = 0;
    for (int i = 0; i < 10; i++)
        if (buf[i] == 0)
            zeros++;
    printf("%d\n", zeros);
    char empty[4] = "";
    printf("%d %d %d\n", empty[0], empty[3], (int)sizeof empty);
    char two[2] = {'a'};
    printf("%d\n", two[1]);
    return 0;
}
