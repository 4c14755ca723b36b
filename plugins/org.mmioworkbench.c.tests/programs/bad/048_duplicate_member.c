// expect: exit=2 stderr~048_duplicate_member.c:5:14: error: duplicate member 'ctrl'
struct regs {
    unsigned ctrl;
    unsigned status;
    unsigned ctrl;
};

int main(void)
{
    return (int)sizeof(struct regs);
}
