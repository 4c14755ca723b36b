// expect: exit=1 stderr~119_string_overflow.c:8:5: error: out of bounds
#include <string.h>
#include <stdio.h>

int main(void)
{
    char name[8];
    strcpy(name, "a name much longer than eight bytes");
    puts(name);
    return 0;
}
