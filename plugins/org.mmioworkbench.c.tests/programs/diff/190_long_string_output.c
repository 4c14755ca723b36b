#include <stdio.h>
#include <string.h>

int main(void)
{
    char line[81];
    memset(line, '=', 80);
    line[80] = '\0';
    puts(line);
    for (int row = 0; row < 8; row++) {
        for (int col = 0; col < 16; col++)
            printf("%02x%c", row * 16 + col, col == 15 ? '\n' : ' ');
    }
    puts(line);
    return 0;
}
