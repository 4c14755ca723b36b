package org.mmioworkbench.core.tests.svd;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.mmioworkbench.core.tests.svd.SvdTestSupport.device;
import static org.mmioworkbench.core.tests.svd.SvdTestSupport.read;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The {@code scaledNonNegativeInteger} forms, tried on a peripheral's base address. */
class SvdReaderNumberTest {

    @ParameterizedTest(name = "{0} = {1}")
    @CsvSource({
        "1024, 1024",
        "0x400, 1024",
        "0X400, 1024",
        "0xabcDEF, 11259375",
        "#10000000000, 1024",
        "0b10000000000, 1024",
        "+1024, 1024",
        "1k, 1024",
        "1K, 1024",
        "4M, 4194304",
        "2G, 2147483648",
        "1T, 1099511627776",
        "0x2k, 2048",
        "0x4000000000, 274877906944",
        "0xFFFFFFFFFFFFFFFF, -1",
        "18446744073709551615, -1",
        "'  0x10  ', 16"})
    void scaledIntegersAreReadInEverySpecForm(String written, long expected) {
        long base = read(device("", "<peripheral><name>P</name><baseAddress>" + written
                + "</baseAddress></peripheral>")).peripherals().get(0).baseAddress();
        assertEquals(expected, base);
    }
}
