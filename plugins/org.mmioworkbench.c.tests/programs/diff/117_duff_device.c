#include <stdio.h>

static void copy(char *to, const char *from, int count)
{
    int n = (count + 7) / 8;
    switch (count % 8) {
    case 0: do { *to++ = *from++;
    /* fall through */
    case 7:      *to++ = *from++;
    /* fall through */
    case 6:      *to++ = *from++;
    /* fall through */
    case 5:      *to++ = *from++;
    /* fall through */
    case 4:      *to++ = *from++;
    /* fall through */
    case 3:      *to++ = *from++;
    /* fall through */
    case 2:      *to++ = *from++;
    /* fall through */
    case 1:      *to++ = *from++;
            } while (--n > 0);
    }
}

int main(void)
{
    const char src[] = "Duff's device copies bytes.";
    char dst[sizeof src];
    copy(dst, src, (int)sizeof src);
    puts(dst);
    return 0;
}
