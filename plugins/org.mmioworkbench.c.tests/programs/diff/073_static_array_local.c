#include <stdio.h>

static int next_id(void)
{
    static int used[4];
    static int calls;
    calls++;
    for (int i = 0; i < 4; i++) {
        if (!used[i]) {
            used[i] = calls;
            return i;
        }
    }
    return -1;
}

int main(void)
{
    for (int i = 0; i < 6; i++)
        printf("%d ", next_id());
    printf("\n");
    return 0;
}
