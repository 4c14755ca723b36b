// expect: exit=2 stderr~006_undeclared_identifier.c:5:14: error: 'counter' undeclared
int main(void)
{
    int total = 0;
    total += counter;
    return total;
}
