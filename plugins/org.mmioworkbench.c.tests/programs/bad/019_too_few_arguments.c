// expect: exit=2 stderr~019_too_few_arguments.c:9:12: error: too few arguments to function 'add'
static int add(int a, int b)
{
    return a + b;
}

int main(void)
{
    return add(1);
}
