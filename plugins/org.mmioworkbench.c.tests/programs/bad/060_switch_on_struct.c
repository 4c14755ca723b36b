// expect: exit=2 stderr~060_switch_on_struct.c:7:13: error: switch quantity not an integer
struct mode { int value; };

int main(void)
{
    struct mode m = { 1 };
    switch (m) {
    default:
        break;
    }
    return 0;
}
