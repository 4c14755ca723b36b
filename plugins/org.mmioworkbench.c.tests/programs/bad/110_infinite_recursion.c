// expect: exit=1 stderr~110_infinite_recursion.c:4:12: error: stack overflow
static int depth(int n)
{
    return depth(n + 1) + 1;
}

int main(void)
{
    return depth(0);
}
