#include <stdio.h>
#include <string.h>

static void where(void) { printf("%s\n", __func__); }

int main(void)
{
    printf("%d\n", __LINE__);
#line 100
    printf("%d\n", __LINE__);
    const char *f = __FILE__;
    const char *slash = strrchr(f, '/');
    printf("%s\n", slash ? slash + 1 : f);
    printf("%s\n", __func__);
    where();
    printf("%d %ld\n", __STDC__, __STDC_VERSION__);
    return 0;
}
