#include <stdio.h>

int main(void)
{
    char line[64];
    int pos = 0;
    for (int i = 0; i < 5; i++)
        pos += sprintf(line + pos, "%s%d", i ? "," : "", i * i);
    printf("%s (%d)\n", line, pos);
    char hex[16];
    sprintf(hex, "0x%08X", 0x1234ABu);
    puts(hex);
    return 0;
}
