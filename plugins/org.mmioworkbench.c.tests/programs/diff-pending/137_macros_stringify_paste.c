#include <stdio.h>

#define STR(x) #x
#define XSTR(x) STR(x)
#define CAT(a, b) a ## b
#define VERSION_MAJOR 2
#define REG(name) REG_ ## name
#define REG_CR 0x30
#define REG_FR 0x18

int main(void)
{
    int CAT(my, var) = 42;
    printf("%d\n", myvar);
    printf("%s\n", STR(hello world));
    printf("%s %s\n", STR(VERSION_MAJOR), XSTR(VERSION_MAJOR));
    printf("0x%x 0x%x\n", REG(CR), REG(FR));
    printf("%s\n", STR("quoted" and \n));
    printf("%d\n", CAT(1, 2) + 1);
    return 0;
}
