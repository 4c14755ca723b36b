// expect: exit=2 stderr~061_case_not_constant.c:7:5: error: case label does not reduce to an integer constant
int main(void)
{
    int x = 1;
    int y = 1;
    switch (x) {
    case y:
        return 1;
    }
    return 0;
}
