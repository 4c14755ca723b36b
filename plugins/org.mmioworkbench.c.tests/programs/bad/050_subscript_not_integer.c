// expect: exit=2 stderr~050_subscript_not_integer.c:6:17: error: array subscript is not an integer
int main(void)
{
    int table[4] = { 1, 2, 3, 4 };
    int *index = &table[1];
    return table[index];
}
