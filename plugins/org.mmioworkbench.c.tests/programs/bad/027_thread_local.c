// expect: exit=2 stderr~027_thread_local.c:2:8: error: _Thread_local is not supported
static _Thread_local int per_thread_count;

int main(void)
{
    per_thread_count++;
    return per_thread_count - 1;
}
