// expect: exit=2 stderr~014_duplicate_default.c:11:5: error: multiple default labels in one switch
int main(void)
{
    int x = 2;
    switch (x) {
    default:
        x = 1;
        break;
    case 2:
        break;
    default:
        x = 3;
    }
    return x;
}
