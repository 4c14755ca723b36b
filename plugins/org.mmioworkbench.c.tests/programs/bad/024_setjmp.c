// expect: exit=2 stderr~024_setjmp.c:9:9: error: setjmp is not supported
typedef long jmp_buf[32];
int setjmp(jmp_buf env);

static jmp_buf env;

int main(void)
{
    if (setjmp(env) != 0)
        return 1;
    return 0;
}
