// expect: exit=2 stderr~043_implicit_function_declaration.c:4:5: error: implicit declaration of function 'uart_init'
int main(void)
{
    uart_init(115200);
    return 0;
}
