// expect: exit=2 stderr~051_void_variable.c:4:10: error: variable or field 'nothing' declared void
int main(void)
{
    void nothing;
    return 0;
}
