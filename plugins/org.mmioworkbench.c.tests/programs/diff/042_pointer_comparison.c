#include <stdio.h>

int main(void)
{
    char buf[16];
    char *begin = buf, *end = buf + sizeof buf;
    char *mid = buf + 8;
    printf("%d %d %d\n", begin < mid, mid < end, end > begin);
    printf("%d %d\n", begin == buf, mid != end);
    int count = 0;
    for (char *p = begin; p != end; p++)
        count++;
    printf("%d\n", count);
    char *null = NULL;
    printf("%d %d\n", null == NULL, !null);
    return 0;
}
