#include <stdio.h>

enum state { IDLE, RUNNING, STOPPED };

static enum state step(enum state s, char ev)
{
    switch (s) {
    case IDLE:
        return ev == 's' ? RUNNING : IDLE;
    case RUNNING:
        switch (ev) {
        case 'p': return STOPPED;
        case 's': return RUNNING;
        default: return RUNNING;
        }
    case STOPPED:
        return ev == 'r' ? IDLE : STOPPED;
    }
    return IDLE;
}

int main(void)
{
    const char *names[] = {"IDLE", "RUNNING", "STOPPED"};
    const char *events = "xsspxrs";
    enum state s = IDLE;
    for (int i = 0; events[i]; i++) {
        s = step(s, events[i]);
        printf("%c -> %s\n", events[i], names[s]);
    }
    return 0;
}
