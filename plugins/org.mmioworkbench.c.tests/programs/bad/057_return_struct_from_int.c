// expect: exit=2 stderr~057_return_struct_from_int.c:7:12: error: incompatible types when returning type 'struct status' but 'int' was expected
struct status { int code; };

static int get(void)
{
    struct status s = { 0 };
    return s;
}

int main(void)
{
    return get();
}
