// expect: exit=2 stderr~058_nonconstant_global_initializer.c:3:21: error: initializer element is not constant
int base = 0x09000000;
int data_register = base + 0;

int main(void)
{
    return data_register != base;
}
