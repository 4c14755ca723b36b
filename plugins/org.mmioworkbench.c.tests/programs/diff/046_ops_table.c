#include <stdio.h>

struct device;

struct device_ops {
    int (*open)(struct device *);
    int (*write)(struct device *, const char *);
    void (*close)(struct device *);
};

struct device {
    const char *name;
    const struct device_ops *ops;
    int opened;
    int written;
};

static int dev_open(struct device *d) { d->opened = 1; return 0; }
static int dev_write(struct device *d, const char *s)
{
    int n = 0;
    while (s[n])
        n++;
    d->written += n;
    return n;
}
static void dev_close(struct device *d) { d->opened = 0; }

static const struct device_ops console_ops = {
    .open = dev_open,
    .write = dev_write,
    .close = dev_close,
};

int main(void)
{
    struct device d = { "console", &console_ops, 0, 0 };
    d.ops->open(&d);
    printf("%s opened=%d\n", d.name, d.opened);
    printf("%d\n", d.ops->write(&d, "hello"));
    printf("%d\n", d.ops->write(&d, ", world"));
    d.ops->close(&d);
    printf("written=%d opened=%d\n", d.written, d.opened);
    return 0;
}
