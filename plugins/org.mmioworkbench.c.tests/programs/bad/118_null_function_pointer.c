// expect: exit=1 stderr~118_null_function_pointer.c:10:12: error: null pointer
#include <stddef.h>

struct ops { int (*write)(int); };

int main(void)
{
    struct ops table = { NULL };
    const struct ops *ops = &table;
    return ops->write(1);
}
