// expect: exit=2 stderr~052_huge_global_array.c:2:13: error: size of array 'frames' is too large
static char frames[1UL << 63];

int main(void)
{
    frames[0] = 1;
    return frames[0] - 1;
}
