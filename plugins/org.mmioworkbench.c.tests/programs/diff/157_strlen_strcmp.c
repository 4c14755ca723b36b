#include <stdio.h>
#include <string.h>

static int sign(int v) { return (v > 0) - (v < 0); }

int main(void)
{
    printf("%zu %zu\n", strlen(""), strlen("twelve chars"));
    printf("%d %d %d\n", sign(strcmp("abc", "abd")), sign(strcmp("b", "a")), strcmp("same", "same"));
    printf("%d %d\n", sign(strcmp("ab", "abc")), sign(strcmp("abc", "ab")));
    printf("%d %d\n", strncmp("prefix-one", "prefix-two", 7), sign(strncmp("prefix-one", "prefix-two", 8)));
    printf("%d\n", sign(strcmp("\xff", "a")));   /* compared as unsigned char */
    return 0;
}
