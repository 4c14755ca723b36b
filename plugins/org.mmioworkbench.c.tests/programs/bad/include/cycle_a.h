/* half of an include cycle: cycle_a.h includes cycle_b.h, which includes cycle_a.h (no guards) */
#include "cycle_b.h"
