// expect: exit=2 stderr~013_duplicate_case.c:12:5: error: duplicate case value
enum { A = 1, B = 2, C = 1 };

int main(void)
{
    int x = 2;
    switch (x) {
    case A:
        return 1;
    case B:
        return 2;
    case C:
        return 3;
    }
    return 0;
}
