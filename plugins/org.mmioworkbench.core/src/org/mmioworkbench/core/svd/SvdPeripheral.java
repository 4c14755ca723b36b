package org.mmioworkbench.core.svd;

import java.util.List;
import java.util.Optional;

/**
 * A peripheral of a device, after {@code derivedFrom} and {@code dim} expansion.
 *
 * @param name its name, e.g. {@code GPIOA}
 * @param description its description, or an empty string
 * @param groupName its {@code groupName}, or an empty string
 * @param baseAddress its base address
 * @param derivedFrom the peripheral it was derived from, or an empty string
 * @param addressBlocks its address blocks
 * @param interrupts its interrupts
 * @param registers every register, by ascending address offset
 */
public record SvdPeripheral(String name, String description, String groupName, long baseAddress, String derivedFrom,
        List<SvdAddressBlock> addressBlocks, List<SvdInterrupt> interrupts, List<SvdRegister> registers) {

    /**
     * Copies the lists.
     *
     * @param name name
     * @param description description
     * @param groupName group
     * @param baseAddress base address
     * @param derivedFrom base peripheral or empty
     * @param addressBlocks address blocks
     * @param interrupts interrupts
     * @param registers registers
     */
    public SvdPeripheral {
        addressBlocks = List.copyOf(addressBlocks);
        interrupts = List.copyOf(interrupts);
        registers = List.copyOf(registers);
    }

    /**
     * Finds a register by its qualified name.
     *
     * @param qualifiedName e.g. {@code UARTFR} or {@code CH[2].CTRL}
     * @return the register, if present
     */
    public Optional<SvdRegister> register(String qualifiedName) {
        return registers.stream().filter(r -> r.qualifiedName().equals(qualifiedName)).findFirst();
    }

    /**
     * Counts the fields of all registers.
     *
     * @return the number of fields
     */
    public int fieldCount() {
        return registers.stream().mapToInt(r -> r.fields().size()).sum();
    }
}
