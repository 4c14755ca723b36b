// expect: exit=2 stderr~030_missing_system_include.c:2:10: error: threads.h
#include <threads.h>

int main(void)
{
    return 0;
}
