// expect: exit=2 stderr~003_unterminated_string.c:6:10: error: missing terminating " character
#include <stdio.h>

int main(void)
{
    puts("no closing quote);
    return 0;
}
