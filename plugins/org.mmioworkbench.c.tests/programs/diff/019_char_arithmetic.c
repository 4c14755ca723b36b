#include <stdio.h>

int main(void)
{
    const char *s = "Hello";
    int sum = 0;
    for (int i = 0; s[i]; i++)
        sum += s[i];
    printf("%d\n", sum);
    char up[6];
    for (int i = 0; i < 6; i++)
        up[i] = (s[i] >= 'a' && s[i] <= 'z') ? (char)(s[i] - 'a' + 'A') : s[i];
    printf("%s\n", up);
    printf("%d\n", '9' - '0');
    printf("%c\n", 'a' + 25);
    return 0;
}
