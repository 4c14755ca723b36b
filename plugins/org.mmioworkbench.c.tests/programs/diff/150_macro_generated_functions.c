#include <stdio.h>
#include <stdint.h>

#define DEFINE_ACCESSORS(name, type)                         \
    static type name##_value;                                \
    static void set_##name(type v) { name##_value = v; }     \
    static type get_##name(void) { return name##_value; }

DEFINE_ACCESSORS(speed, uint32_t)
DEFINE_ACCESSORS(mode, int8_t)

#define X_COLORS X(RED, 1) X(GREEN, 2) X(BLUE, 4)

enum {
#define X(name, v) COLOR_##name = v,
    X_COLORS
#undef X
};

static const char *color_name(int c)
{
    switch (c) {
#define X(name, v) case v: return #name;
        X_COLORS
#undef X
    }
    return "?";
}

int main(void)
{
    set_speed(115200);
    set_mode(-3);
    printf("%u %d\n", get_speed(), get_mode());
    printf("%d %s %s\n", COLOR_BLUE, color_name(2), color_name(3));
    return 0;
}
