#include <stdio.h>
#include <string.h>

typedef int (*cmp_fn)(const void *, const void *);

static void isort(void *base, size_t n, size_t size, cmp_fn cmp)
{
    char *b = base;
    char tmp[64];
    for (size_t i = 1; i < n; i++) {
        memcpy(tmp, b + i * size, size);
        size_t j = i;
        while (j > 0 && cmp(b + (j - 1) * size, tmp) > 0) {
            memcpy(b + j * size, b + (j - 1) * size, size);
            j--;
        }
        memcpy(b + j * size, tmp, size);
    }
}

static int by_int(const void *a, const void *b)
{
    int x = *(const int *)a, y = *(const int *)b;
    return (x > y) - (x < y);
}

struct dev { const char *name; int irq; };

static int by_name(const void *a, const void *b)
{
    return strcmp(((const struct dev *)a)->name, ((const struct dev *)b)->name);
}

int main(void)
{
    int v[] = {5, -1, 3, 3, 0, 9, -7};
    isort(v, 7, sizeof v[0], by_int);
    for (int i = 0; i < 7; i++)
        printf("%d ", v[i]);
    printf("\n");
    struct dev d[] = {{"uart", 33}, {"gpio", 39}, {"rtc", 34}, {"dma", 12}};
    isort(d, 4, sizeof d[0], by_name);
    for (int i = 0; i < 4; i++)
        printf("%s:%d ", d[i].name, d[i].irq);
    printf("\n");
    return 0;
}
