// expect: exit=2 stderr~056_void_value_used.c:8:14: error: void value not ignored as it ought to be
static void reset(void)
{
}

int main(void)
{
    int rc = reset();
    return rc;
}
