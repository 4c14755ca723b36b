#include <stdio.h>
#include <string.h>

typedef int (*handler)(int argc, const char *const *argv);

static int cmd_echo(int argc, const char *const *argv)
{
    for (int i = 1; i < argc; i++)
        printf("%s%s", argv[i], i + 1 < argc ? " " : "\n");
    return 0;
}

static int cmd_count(int argc, const char *const *argv)
{
    (void)argv;
    printf("%d args\n", argc - 1);
    return argc - 1;
}

static const struct { const char *name; handler fn; } commands[] = {
    { "echo", cmd_echo },
    { "count", cmd_count },
};

static int dispatch(int argc, const char *const *argv)
{
    for (size_t i = 0; i < sizeof commands / sizeof commands[0]; i++)
        if (strcmp(commands[i].name, argv[0]) == 0)
            return commands[i].fn(argc, argv);
    printf("unknown command %s\n", argv[0]);
    return -1;
}

int main(void)
{
    const char *a1[] = {"echo", "map", "read", "unmap"};
    const char *a2[] = {"count", "x", "y"};
    const char *a3[] = {"reboot"};
    printf("%d\n", dispatch(4, a1));
    printf("%d\n", dispatch(3, a2));
    printf("%d\n", dispatch(1, a3));
    return 0;
}
