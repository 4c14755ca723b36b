#include <stdio.h>

int main(void)
{
    int counts[3] = {0};
    for (int i = 0; i < 12; i++) {
        switch (i % 4) {
        case 0:
            continue;
        case 1:
            counts[0]++;
            break;
        case 2:
            for (int j = 0; j < 3; j++) {
                if (j == 2)
                    break;
                counts[1]++;
            }
            break;
        default:
            counts[2] += i;
        }
    }
    printf("%d %d %d\n", counts[0], counts[1], counts[2]);
    return 0;
}
