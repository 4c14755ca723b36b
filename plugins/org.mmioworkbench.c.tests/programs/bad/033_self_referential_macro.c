// expect: exit=2 stderr~033_self_referential_macro.c:2:15: error: 'LOOP' undeclared
#define LOOP (LOOP + 1)

int main(void)
{
    int x = LOOP;
    return x;
}
