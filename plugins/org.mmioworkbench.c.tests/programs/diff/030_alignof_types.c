#include <stdio.h>
#include <stdint.h>
#include <stddef.h>

struct s1 { char c; };
struct s2 { char c; short s; };
struct s3 { char c; long long l; };
union u1 { char c; int i; };

int main(void)
{
    printf("%zu %zu %zu %zu %zu\n", _Alignof(char), _Alignof(short), _Alignof(int), _Alignof(long),
           _Alignof(void *));
    printf("%zu %zu %zu %zu\n", _Alignof(struct s1), _Alignof(struct s2), _Alignof(struct s3),
           _Alignof(union u1));
    printf("%zu %zu\n", _Alignof(int[10]), _Alignof(uint64_t));
    printf("%zu\n", _Alignof(max_align_t));
    return 0;
}
