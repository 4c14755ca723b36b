// expect: exit=2 stderr~020_invalid_initializer.c:4:19: error: invalid initializer
int main(void)
{
    int regs[3] = 5;
    return regs[0];
}
