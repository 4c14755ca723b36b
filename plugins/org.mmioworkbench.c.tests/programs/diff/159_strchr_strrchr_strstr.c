#include <stdio.h>
#include <string.h>

int main(void)
{
    const char *path = "/dev/uart/0/config";
    printf("%s\n", strchr(path, 'u'));
    printf("%s\n", strrchr(path, '/') + 1);
    printf("%td\n", strchr(path, '\0') - path);
    printf("%d\n", strchr(path, 'z') == NULL);
    printf("%s\n", strstr(path, "uart"));
    printf("%d\n", strstr(path, "spi") == NULL);
    printf("%d\n", strstr(path, "") == path);
    return 0;
}
