package org.mmioworkbench.core.svd;

import java.util.List;
import java.util.Optional;

/**
 * A CMSIS-SVD device description, fully resolved: every peripheral and register expanded and every
 * default inherited. Immutable.
 *
 * @param name the device's name, e.g. {@code STM32F407}
 * @param description its description, or an empty string
 * @param addressUnitBits bits per address unit (8 for byte addressing)
 * @param width the bus width in bits
 * @param peripherals the peripherals, by ascending base address
 * @param warnings what was read the way other SVD tools read it though the format does not allow it, in file order
 */
public record SvdDevice(String name, String description, int addressUnitBits, int width,
        List<SvdPeripheral> peripherals, List<SvdWarning> warnings) {

    /**
     * Copies the list.
     *
     * @param name name
     * @param description description
     * @param addressUnitBits bits per address unit
     * @param width bus width
     * @param peripherals peripherals
     * @param warnings what the reader read the way other SVD tools do, though the format does not allow it
     */
    public SvdDevice {
        peripherals = List.copyOf(peripherals);
        warnings = List.copyOf(warnings);
    }

    /**
     * Finds a peripheral by name.
     *
     * @param name e.g. {@code UART0}
     * @return the peripheral, if present
     */
    public Optional<SvdPeripheral> peripheral(String name) {
        return peripherals.stream().filter(p -> p.name().equals(name)).findFirst();
    }

    /**
     * Counts the registers of all peripherals.
     *
     * @return the number of registers
     */
    public int registerCount() {
        return peripherals.stream().mapToInt(p -> p.registers().size()).sum();
    }

    /**
     * Counts the fields of all registers of all peripherals.
     *
     * @return the number of fields
     */
    public int fieldCount() {
        return peripherals.stream().mapToInt(SvdPeripheral::fieldCount).sum();
    }
}
