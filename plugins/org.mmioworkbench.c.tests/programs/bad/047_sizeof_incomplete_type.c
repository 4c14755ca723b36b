// expect: exit=2 stderr~047_sizeof_incomplete_type.c:6:24: error: invalid application of 'sizeof' to incomplete type 'struct opaque'
struct opaque;

int main(void)
{
    return (int)sizeof(struct opaque);
}
