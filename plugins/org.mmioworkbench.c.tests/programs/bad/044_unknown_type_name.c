// expect: exit=2 stderr~044_unknown_type_name.c:4:5: error: unknown type name 'uint32_t'
int main(void)
{
    uint32_t reg = 0;
    return (int)reg;
}
