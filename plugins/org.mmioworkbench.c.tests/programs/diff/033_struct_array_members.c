#include <stdio.h>
#include <string.h>

struct rec {
    char name[10];
    int scores[3];
};

int main(void)
{
    struct rec r[2];
    strcpy(r[0].name, "ada");
    strcpy(r[1].name, "grace");
    for (int i = 0; i < 2; i++)
        for (int j = 0; j < 3; j++)
            r[i].scores[j] = (i + 1) * (j + 2);
    for (int i = 0; i < 2; i++)
        printf("%s: %d %d %d\n", r[i].name, r[i].scores[0], r[i].scores[1], r[i].scores[2]);
    printf("%zu\n", sizeof r);
    return 0;
}
