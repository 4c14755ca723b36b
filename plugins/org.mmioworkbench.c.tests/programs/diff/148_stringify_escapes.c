#include <stdio.h>

#define STR(x) #x

int main(void)
{
    puts(STR("a\n"));
    puts(STR('\''));
    puts(STR(  spaces    collapse   ));
    puts(STR(a+b));
    puts(STR());
    return 0;
}
