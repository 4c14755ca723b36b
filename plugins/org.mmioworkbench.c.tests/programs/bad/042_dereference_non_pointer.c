// expect: exit=2 stderr~042_dereference_non_pointer.c:5:5: error: invalid type argument of unary '*'
int main(void)
{
    int value = 3;
    *value = 4;
    return value;
}
