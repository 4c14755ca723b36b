// expect: exit=2 stderr~022_floating_point_literal.c:4:26: error: floating point is not supported
int main(void)
{
    int half = (int)(3 / 2.0);
    return half;
}
