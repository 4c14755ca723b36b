/**
 * Driver code in C, run on the simulation core: preprocessing, parsing, checking and running a C translation
 * unit as one simulated process. Loads and stores that fall in one of the process's MMIO mappings are MMIO
 * accesses of that width, with the core's faults, device behaviour and trace events.
 */
package org.mmioworkbench.c;
