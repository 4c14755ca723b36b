// expect: exit=2 stderr~001_missing_semicolon.c:5:5: error: expected ',' or ';' before 'return'
int main(void)
{
    int x = 1
    return x;
}
