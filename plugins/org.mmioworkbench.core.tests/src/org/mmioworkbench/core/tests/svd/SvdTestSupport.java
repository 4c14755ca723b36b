package org.mmioworkbench.core.tests.svd;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import org.mmioworkbench.core.svd.SvdDevice;
import org.mmioworkbench.core.svd.SvdException;
import org.mmioworkbench.core.svd.SvdPeripheral;
import org.mmioworkbench.core.svd.SvdReader;
import org.mmioworkbench.core.svd.SvdRegister;

/** Builds small SVD documents for the reader tests and reads them. */
final class SvdTestSupport {
    /** The name test documents are read under, as it appears in messages. */
    static final String FILE = "test.svd";

    private SvdTestSupport() {
    }

    /**
     * Wraps peripherals in a device named {@code TEST} with the given device-level elements.
     *
     * @param deviceElements elements after the device's name (defaults, width ...), may be empty
     * @param peripherals the {@code <peripheral>} elements
     * @return the document
     */
    static String device(String deviceElements, String peripherals) {
        return "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n"
                + "<device schemaVersion=\"1.3\" xmlns:xs=\"http://www.w3.org/2001/XMLSchema-instance\">\n"
                + "  <name>TEST</name>\n"
                + deviceElements
                + "  <peripherals>\n"
                + peripherals
                + "  </peripherals>\n"
                + "</device>\n";
    }

    /**
     * Wraps registers in a peripheral {@code P} at {@code 0x40000000} in a device with no defaults.
     *
     * @param registers the {@code <register>} and {@code <cluster>} elements
     * @return the document
     */
    static String peripheral(String registers) {
        return device("", "<peripheral><name>P</name><baseAddress>0x40000000</baseAddress>\n<registers>\n"
                + registers + "</registers></peripheral>\n");
    }

    /**
     * Reads a document that must be valid.
     *
     * @param xml the document
     * @return the device
     */
    static SvdDevice read(String xml) {
        try {
            return read(xml.getBytes(StandardCharsets.UTF_8));
        } catch (SvdException e) {
            return fail("unexpected: " + e.getMessage(), e);
        }
    }

    /**
     * Reads bytes as {@link #FILE}.
     *
     * @param bytes the content
     * @return the device
     * @throws SvdException if invalid
     */
    static SvdDevice read(byte[] bytes) throws SvdException {
        return SvdReader.read(new ByteArrayInputStream(bytes), FILE);
    }

    /**
     * Reads a document that must be rejected.
     *
     * @param xml the document
     * @return the exception
     */
    static SvdException error(String xml) {
        return error(xml.getBytes(StandardCharsets.UTF_8));
    }

    /**
     * Reads bytes that must be rejected.
     *
     * @param bytes the content
     * @return the exception
     */
    static SvdException error(byte[] bytes) {
        return assertThrows(SvdException.class, () -> read(bytes));
    }

    /**
     * Finds a peripheral that must exist.
     *
     * @param device the device
     * @param name its name
     * @return the peripheral
     */
    static SvdPeripheral peripheral(SvdDevice device, String name) {
        return device.peripheral(name).orElseGet(() -> fail("no peripheral " + name));
    }

    /**
     * Finds a register that must exist.
     *
     * @param device the device
     * @param peripheral the peripheral's name
     * @param qualifiedName the register's name with its clusters
     * @return the register
     */
    static SvdRegister register(SvdDevice device, String peripheral, String qualifiedName) {
        return peripheral(device, peripheral).register(qualifiedName)
                .orElseGet(() -> fail("no register " + peripheral + "." + qualifiedName));
    }
}
