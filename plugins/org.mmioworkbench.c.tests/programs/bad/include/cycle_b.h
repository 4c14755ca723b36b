/* half of an include cycle: cycle_b.h includes cycle_a.h, which includes cycle_b.h (no guards) */
#include "cycle_a.h"
