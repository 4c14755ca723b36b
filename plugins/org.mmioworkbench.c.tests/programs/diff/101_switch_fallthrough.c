#include <stdio.h>

static int score(int level)
{
    int s = 0;
    switch (level) {
    case 3:
        s += 100;
        /* fall through */
    case 2:
        s += 10;
        /* fall through */
    case 1:
        s += 1;
        break;
    case 0:
        s = -1;
        break;
    default:
        s = 999;
    }
    return s;
}

int main(void)
{
    for (int i = -1; i <= 4; i++)
        printf("%d:%d ", i, score(i));
    printf("\n");
    return 0;
}
