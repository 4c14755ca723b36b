#include <stdio.h>

int main(void)
{
    const char *names[] = {"UARTDR", "UARTFR", "UARTIBRD", "UARTCR"};
    unsigned offs[] = {0x0, 0x18, 0x24, 0x30};
    unsigned vals[] = {0x41, 0x90, 13, 0x301};
    printf("%-10s|%6s|%10s\n", "register", "offset", "value");
    for (int i = 0; i < 4; i++)
        printf("%-10s|%#6x|%10u\n", names[i], offs[i], vals[i]);
    return 0;
}
