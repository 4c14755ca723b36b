#include <stdio.h>
#include <string.h>

int main(void)
{
    char buf[32];
    strcpy(buf, "base");
    strcat(buf, "-");
    strcat(buf, "name");
    puts(buf);
    char *r = strcat(strcpy(buf, "x"), "y");
    printf("%s %d\n", r, r == buf);
    char small[8];
    strncpy(small, "abcdefghij", sizeof small - 1);
    small[sizeof small - 1] = '\0';
    puts(small);
    char pad[6];
    strncpy(pad, "ab", sizeof pad);    /* pads with NULs */
    printf("%d %d %d\n", pad[2], pad[5], (int)strlen(pad));
    char cat[12] = "abc";
    volatile size_t four = 4;
    strncat(cat, "defghijk", four);
    puts(cat);
    return 0;
}
