// expect: exit=2 stderr~036_endif_without_if.c:6:2: error: #endif without #if
int main(void)
{
    return 0;
}
#endif
