// expect: exit=2 stderr~010_break_outside_loop.c:6:9: error: break statement not within loop or switch
int main(void)
{
    int x = 0;
    if (x == 0)
        break;
    return x;
}
