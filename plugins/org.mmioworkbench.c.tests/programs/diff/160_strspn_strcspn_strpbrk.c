#include <stdio.h>
#include <string.h>

int main(void)
{
    const char *s = "   42, 17;  9";
    printf("%zu\n", strspn(s, " "));
    printf("%zu\n", strcspn(s, ",;"));
    printf("%s\n", strpbrk(s, ",;"));
    printf("%d\n", strpbrk(s, "xyz") == NULL);
    /* split on separators without strtok */
    const char *p = s;
    while (*p) {
        p += strspn(p, " ,;");
        size_t n = strcspn(p, " ,;");
        if (n)
            printf("[%.*s]", (int)n, p);
        p += n;
    }
    printf("\n");
    return 0;
}
