// expect: exit=1 stderr~111_huge_local_array.c:6:10: error: stack overflow
#include <string.h>

static int fill(void)
{
    char frame[1L << 34];
    memset(frame, 0, sizeof frame);
    return frame[0];
}

int main(void)
{
    return fill();
}
