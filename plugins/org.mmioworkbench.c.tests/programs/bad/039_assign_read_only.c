// expect: exit=2 stderr~039_assign_read_only.c:5:11: error: assignment of read-only variable 'limit'
int main(void)
{
    const int limit = 10;
    limit = 20;
    return limit;
}
