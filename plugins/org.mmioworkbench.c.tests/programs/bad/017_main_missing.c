// expect: exit=2 stderr~017_main_missing.c: error: no function 'main'
int helper(void);

int helper(void)
{
    return 42;
}
