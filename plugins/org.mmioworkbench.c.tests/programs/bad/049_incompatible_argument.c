// expect: exit=2 stderr~049_incompatible_argument.c:9:18: error: incompatible type for argument 1 of 'scale'
struct pair { int a, b; };

static int scale(int v) { return v * 2; }

int main(void)
{
    struct pair p = { 1, 2 };
    return scale(p);
}
