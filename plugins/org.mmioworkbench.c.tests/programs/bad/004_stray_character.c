// expect: exit=2 stderr~004_stray_character.c:4:15: error: stray '@' in program
int main(void)
{
    int x = 1 @ 2;
    return x;
}
