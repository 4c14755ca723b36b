// expect: exit=2 stderr~066_unbalanced_parentheses.c:4:25: error: expected ')' before ';' token
int main(void)
{
    int x = (1 + (2 * 3);
    return x;
}
