// expect: exit=2 stderr~040_lvalue_required.c:5:7: error: lvalue required as left operand of assignment
int main(void)
{
    int x = 0;
    5 = x;
    return x;
}
