// expect: exit=2 stderr~cycle_a.h:2:21: error: #include nested
#include "cycle_a.h"

int main(void)
{
    return 0;
}
