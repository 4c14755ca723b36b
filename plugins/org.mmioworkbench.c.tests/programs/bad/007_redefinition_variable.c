// expect: exit=2 stderr~007_redefinition_variable.c:5:9: error: redefinition of 'x'
int main(void)
{
    int x = 1;
    int x = 2;
    return x;
}
