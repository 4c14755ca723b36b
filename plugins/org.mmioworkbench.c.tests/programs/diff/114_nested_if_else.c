#include <stdio.h>

static const char *classify(int n)
{
    if (n < 0) {
        if (n < -100)
            return "very negative";
        else
            return "negative";
    } else if (n == 0) {
        return "zero";
    } else if (n < 10)
        return "small";
    else
        return "large";
}

int main(void)
{
    int v[] = {-500, -5, 0, 3, 42};
    for (int i = 0; i < 5; i++)
        printf("%d %s\n", v[i], classify(v[i]));
    int a = 1, b = 0;
    if (a) {
        if (b)
            printf("both\n");
        else
            printf("inner else\n");
    }
    return 0;
}
