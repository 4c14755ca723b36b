#include <stdio.h>
#include <stdint.h>
#include <stddef.h>

int main(void)
{
    printf("char %zu short %zu int %zu long %zu llong %zu\n", sizeof(char), sizeof(short), sizeof(int),
           sizeof(long), sizeof(long long));
    printf("ptr %zu size_t %zu ptrdiff_t %zu\n", sizeof(void *), sizeof(size_t), sizeof(ptrdiff_t));
    printf("int8 %zu int16 %zu int32 %zu int64 %zu\n", sizeof(int8_t), sizeof(int16_t), sizeof(int32_t),
           sizeof(int64_t));
    printf("intptr %zu intmax %zu bool %zu\n", sizeof(intptr_t), sizeof(intmax_t), sizeof(_Bool));
    printf("%zu %zu\n", _Alignof(long long), _Alignof(short));
    return 0;
}
