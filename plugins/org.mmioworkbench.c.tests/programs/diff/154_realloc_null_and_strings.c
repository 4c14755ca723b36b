#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static char *append(char *s, const char *t)
{
    size_t a = s ? strlen(s) : 0, b = strlen(t);
    char *n = realloc(s, a + b + 1);     /* realloc(NULL, n) is malloc */
    if (!n) {
        free(s);
        exit(1);
    }
    memcpy(n + a, t, b + 1);
    return n;
}

int main(void)
{
    char *s = NULL;
    s = append(s, "one");
    s = append(s, ", two");
    s = append(s, ", three");
    printf("%s (%zu)\n", s, strlen(s));
    free(s);
    return 0;
}
