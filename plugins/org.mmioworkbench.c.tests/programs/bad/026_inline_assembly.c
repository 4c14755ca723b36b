// expect: exit=2 stderr~026_inline_assembly.c:4:5: error: inline assembly is not supported
int main(void)
{
    __asm__ volatile ("dmb sy" ::: "memory");
    return 0;
}
