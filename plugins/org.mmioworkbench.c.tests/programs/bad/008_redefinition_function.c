// expect: exit=2 stderr~008_redefinition_function.c:3:12: error: redefinition of 'helper'
static int helper(void) { return 1; }
static int helper(void) { return 2; }

int main(void)
{
    return helper();
}
