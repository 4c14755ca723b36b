// expect: exit=2 stderr~063_bitfield_too_wide.c:3:18: error: width of 'divisor' exceeds its type
struct baud {
    unsigned int divisor : 40;
};

int main(void)
{
    struct baud b = { 13 };
    return (int)b.divisor - 13;
}
