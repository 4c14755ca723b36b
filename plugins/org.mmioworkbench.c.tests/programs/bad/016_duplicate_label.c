// expect: exit=2 stderr~016_duplicate_label.c:9:1: error: duplicate label 'again'
int main(void)
{
    int n = 0;
again:
    n++;
    if (n < 3)
        goto again;
again:
    return 0;
}
