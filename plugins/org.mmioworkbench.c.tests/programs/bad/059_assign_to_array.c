// expect: exit=2 stderr~059_assign_to_array.c:6:7: error: assignment to expression with array type
int main(void)
{
    int a[2] = { 1, 2 };
    int b[2] = { 3, 4 };
    a = b;
    return a[0];
}
