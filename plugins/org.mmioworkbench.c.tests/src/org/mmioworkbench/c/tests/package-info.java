/** Tests of C driver code: behaviour a driver author relies on, one named test each. */
package org.mmioworkbench.c.tests;
