// expect: exit=2 stderr~025_complex.c:4:5: error: _Complex is not supported
int main(void)
{
    _Complex int z = 0;
    (void)z;
    return 0;
}
