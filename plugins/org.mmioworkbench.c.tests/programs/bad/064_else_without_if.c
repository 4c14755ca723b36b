// expect: exit=2 stderr~064_else_without_if.c:6:5: error: 'else' without a previous 'if'
int main(void)
{
    int x = 0;
    x = 1;
    else
        x = 2;
    return x;
}
