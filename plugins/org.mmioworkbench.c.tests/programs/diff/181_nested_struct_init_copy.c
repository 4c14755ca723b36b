#include <stdio.h>

struct pin { int port, num; };
struct led { const char *name; struct pin pin; int active_low; };
struct board { const char *model; struct led leds[3]; int nleds; };

static const struct board rpi = {
    .model = "rpi4b",
    .leds = {
        { "act", { 1, 42 }, 0 },
        { .name = "pwr", .pin = { .num = 130 }, .active_low = 1 },
    },
    .nleds = 2,
};

int main(void)
{
    struct board copy = rpi;
    copy.leds[0].pin.num = 99;
    for (int i = 0; i < rpi.nleds; i++)
        printf("%s %s port=%d num=%d low=%d\n", rpi.model, rpi.leds[i].name, rpi.leds[i].pin.port,
               rpi.leds[i].pin.num, rpi.leds[i].active_low);
    printf("%d %d %d\n", copy.leds[0].pin.num, copy.leds[2].pin.num, copy.leds[2].name == NULL);
    return 0;
}
