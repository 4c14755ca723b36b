// expect: exit=2 stderr~012_case_outside_switch.c:6:5: error: case label not within a switch statement
int main(void)
{
    int x = 1;
    if (x) {
    case 1:
        x = 2;
    }
    return x;
}
