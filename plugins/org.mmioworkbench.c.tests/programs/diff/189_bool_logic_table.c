#include <stdio.h>
#include <stdbool.h>

int main(void)
{
    bool v[] = {false, true};
    for (int i = 0; i < 2; i++)
        for (int j = 0; j < 2; j++)
            printf("%d %d | and %d or %d xor %d nand %d\n", v[i], v[j], v[i] && v[j], v[i] || v[j],
                   v[i] != v[j], !(v[i] && v[j]));
    bool b = true;
    b += 1;          /* still 1 */
    printf("%d\n", b);
    b = !b;
    printf("%d %zu\n", b, sizeof b);
    return 0;
}
