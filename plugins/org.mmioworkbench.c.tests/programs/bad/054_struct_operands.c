// expect: exit=2 stderr~054_struct_operands.c:7:20: error: invalid operands to binary +
struct s { int v; };

int main(void)
{
    struct s a = { 1 }, b = { 2 };
    struct s c = a + b;
    return c.v;
}
