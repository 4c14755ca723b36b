// expect: exit=2 stderr~035_unterminated_if.c:4:2: error: unterminated #if
#define DEBUG 1

#if DEBUG
int main(void)
{
    return 0;
}
