// expect: exit=2 stderr~009_incompatible_types.c:7:13: error: incompatible types when initializing type 'int' using type 'struct point'
struct point { int x, y; };

int main(void)
{
    struct point p = { 1, 2 };
    int i = p;
    return i;
}
