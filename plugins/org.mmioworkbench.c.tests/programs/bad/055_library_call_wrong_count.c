// expect: exit=2 stderr~055_library_call_wrong_count.c:6:17: error: too many arguments to function 'strlen'
#include <string.h>

int main(void)
{
    return (int)strlen("uart", "gpio");
}
