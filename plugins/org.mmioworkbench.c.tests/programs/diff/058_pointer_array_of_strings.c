#include <stdio.h>

int main(void)
{
    const char *words[] = {"alpha", "beta", "gamma", "delta", NULL};
    int n = 0;
    for (const char **w = words; *w; w++)
        n++;
    printf("%d\n", n);
    for (int i = n - 1; i >= 0; i--)
        printf("%c", words[i][0]);
    printf("\n");
    printf("%s\n", *(words + 2) + 1);
    return 0;
}
