/* SPDX-License-Identifier: EPL-2.0
 * stdbool.h - C11 7.18, MMIO Workbench's own. */
#ifndef MMIO_STDBOOL_H
#define MMIO_STDBOOL_H

#define bool  _Bool
#define true  1
#define false 0
#define __bool_true_false_are_defined 1

#endif /* MMIO_STDBOOL_H */
