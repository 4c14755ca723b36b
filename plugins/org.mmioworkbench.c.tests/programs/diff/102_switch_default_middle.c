#include <stdio.h>

static const char *kind(int c)
{
    switch (c) {
    case 'a': case 'e': case 'i': case 'o': case 'u':
        return "vowel";
    default:
        return "other";
    case ' ':
        return "space";
    case '0': case '1': case '2': case '3': case '4':
    case '5': case '6': case '7': case '8': case '9':
        return "digit";
    }
}

int main(void)
{
    const char *s = "a1 x";
    for (int i = 0; s[i]; i++)
        printf("%s\n", kind(s[i]));
    return 0;
}
