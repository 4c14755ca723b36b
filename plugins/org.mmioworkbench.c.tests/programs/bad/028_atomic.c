// expect: exit=2 stderr~028_atomic.c:2:8: error: _Atomic is not supported
static _Atomic int shared_flag;

int main(void)
{
    shared_flag = 1;
    return shared_flag - 1;
}
