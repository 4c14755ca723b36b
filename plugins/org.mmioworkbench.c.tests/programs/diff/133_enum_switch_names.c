#include <stdio.h>

typedef enum { PIN_INPUT, PIN_OUTPUT, PIN_ALT0, PIN_ALT1, PIN_MODE_COUNT } pin_mode;

static const char *mode_name(pin_mode m)
{
    switch (m) {
    case PIN_INPUT: return "input";
    case PIN_OUTPUT: return "output";
    case PIN_ALT0: return "alt0";
    case PIN_ALT1: return "alt1";
    default: return "?";
    }
}

int main(void)
{
    for (int m = 0; m <= PIN_MODE_COUNT; m++)
        printf("%d %s\n", m, mode_name((pin_mode)m));
    return 0;
}
