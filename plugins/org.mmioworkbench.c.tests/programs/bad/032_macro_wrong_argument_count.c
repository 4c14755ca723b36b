// expect: exit=2 stderr~032_macro_wrong_argument_count.c:7:31: error: macro "REG_FIELD" requires 3 arguments, but only 2 given
#define REG_FIELD(value, shift, width) (((value) >> (shift)) & ((1u << (width)) - 1u))

int main(void)
{
    unsigned v = 0xF0u;
    return (int)REG_FIELD(v, 4);
}
