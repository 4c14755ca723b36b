#include <stdio.h>

static int bsearch_int(const int *v, int n, int key)
{
    int lo = 0, hi = n - 1;
    while (lo <= hi) {
        int mid = lo + (hi - lo) / 2;
        if (v[mid] == key)
            return mid;
        if (v[mid] < key)
            lo = mid + 1;
        else
            hi = mid - 1;
    }
    return -(lo + 1);
}

int main(void)
{
    int v[] = {1, 3, 5, 7, 9, 11, 13};
    int keys[] = {1, 13, 7, 0, 8, 14};
    for (int i = 0; i < 6; i++)
        printf("%d:%d ", keys[i], bsearch_int(v, 7, keys[i]));
    printf("\n");
    return 0;
}
