#include <stdio.h>

int main(void)
{
    const char *items[] = {"one", "three", "eleven"};
    for (int i = 0; i < 3; i++)
        printf("|%8s|%-8s|%3.2s|\n", items[i], items[i], items[i]);
    for (int w = 1; w <= 4; w++)
        printf("|%*s|\n", w, "ab");
    return 0;
}
