#include <stdio.h>
#define NDEBUG
#include <assert.h>

int main(void)
{
    int calls = 0;
    assert(++calls == 100);     /* disabled: not evaluated */
    printf("%d\n", calls);
    return 0;
}
