// expect: exit=2 stderr~045_missing_closing_brace.c:8:1: error: expected declaration or statement at end of input
int main(void)
{
    for (int i = 0; i < 3; i++) {
        if (i == 2)
            return 0;
    return 1;
}
