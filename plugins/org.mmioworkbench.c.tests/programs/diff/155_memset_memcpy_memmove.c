#include <stdio.h>
#include <string.h>

int main(void)
{
    char buf[16];
    memset(buf, '.', sizeof buf - 1);
    buf[15] = '\0';
    memcpy(buf + 2, "abc", 3);
    puts(buf);
    memmove(buf + 4, buf + 2, 5);     /* overlapping, forward */
    puts(buf);
    memmove(buf, buf + 3, 6);         /* overlapping, backward */
    puts(buf);
    int nums[5] = {1, 2, 3, 4, 5};
    memmove(nums + 1, nums, 4 * sizeof nums[0]);
    printf("%d %d %d %d %d\n", nums[0], nums[1], nums[2], nums[3], nums[4]);
    unsigned char z[4];
    memset(z, 0x1FF, sizeof z);       /* converted to unsigned char */
    printf("%d\n", z[3]);
    return 0;
}
