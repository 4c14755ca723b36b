// expect: exit=2 stderr~018_too_many_arguments.c:9:12: error: too many arguments to function 'scale'
static int scale(int v)
{
    return v * 2;
}

int main(void)
{
    return scale(1, 2);
}
