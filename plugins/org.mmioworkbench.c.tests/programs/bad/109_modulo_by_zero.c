// expect: exit=1 stderr~109_modulo_by_zero.c:6:18: error: division by zero
int main(void)
{
    volatile int divisor = 0;
    int value = 7;
    return value % divisor;
}
