#include <stdio.h>
#include <stdint.h>

/* converting an out-of-range value to a signed type is implementation-defined;
   gcc documents modulo 2^N, which the simulator follows */
int main(void)
{
    uint32_t big = 0xFFFFFF80u;
    int8_t s8 = (int8_t)big;
    int16_t s16 = (int16_t)0x12348000u;
    int32_t s32 = (int32_t)0x80000000u;
    int64_t s64 = (int64_t)0xFFFFFFFFFFFFFFFFull;
    printf("%d %d %d %ld\n", s8, s16, s32, (long)s64);
    signed char sc = (signed char)200;
    short sh = (short)40000;
    printf("%d %d\n", sc, sh);
    return 0;
}
