// expect: exit=2 stderr~011_continue_outside_loop.c:7:9: error: continue statement not within a loop
int main(void)
{
    int x = 3;
    switch (x) {
    case 3:
        continue;
    }
    return 0;
}
