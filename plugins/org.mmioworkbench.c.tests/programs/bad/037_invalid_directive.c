// expect: exit=2 stderr~037_invalid_directive.c:2:2: error: invalid preprocessing directive #bogus
#bogus this is not a directive

int main(void)
{
    return 0;
}
