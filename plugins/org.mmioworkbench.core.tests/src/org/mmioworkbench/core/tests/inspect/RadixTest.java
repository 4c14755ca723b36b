package org.mmioworkbench.core.tests.inspect;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.mmioworkbench.core.inspect.Radix;

/** How values are written and read back in hex, decimal and binary, padded to their register's width. */
class RadixTest {
    @Test
    void valuesArePaddedToTheirWidthAndBinaryKeepsAll32Bits() {
        assertEquals("0x00000381", Radix.HEX.format(0x381, 32));
        assertEquals("897", Radix.DEC.format(0x381, 32));
        assertEquals("0b1000_0000_0000_0000_0000_0011_1000_0001", Radix.BIN.format(0x8000_0381L, 32));
        assertEquals("0b11", Radix.BIN.format(3, 2));
        assertEquals("4294967295", Radix.DEC.format(-1L, 32), "unsigned");
    }

    @Test
    void typedTextChoosesItsBaseByPrefixAndMustFit() {
        assertEquals(0x381, Radix.DEC.parse("0x381", 32));
        assertEquals(5, Radix.HEX.parse("0b0_101", 3));
        assertEquals(897, Radix.DEC.parse(" 897 ", 32));
        assertEquals("\"0x1FF\" does not fit in 8 bits (at most 0xFF)",
                assertThrows(NumberFormatException.class, () -> Radix.HEX.parse("0x1FF", 8)).getMessage());
        assertEquals("\"12a\" is not a decimal number (digits 0-9; 0x for hex, 0b for binary)",
                assertThrows(NumberFormatException.class, () -> Radix.DEC.parse("12a", 32)).getMessage());
        assertEquals(Radix.BIN, Radix.of("bin"));
        assertEquals(Radix.HEX, Radix.of("octal"), "anything else is hex");
    }
}
