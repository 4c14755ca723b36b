package org.mmioworkbench.debug;

import java.util.List;
import java.util.Optional;

import org.mmioworkbench.core.DeviceWindow;
import org.mmioworkbench.core.FieldChange;
import org.mmioworkbench.core.MappingInfo;
import org.mmioworkbench.core.ProcessInfo;
import org.mmioworkbench.core.RegisterDecoder;
import org.mmioworkbench.core.Simulator;

/**
 * A device register as a driver's process sees it through an MMIO mapping: what an editor's hover shows for an
 * address expression ({@code base + UARTCR}, {@code &regs->CR}) while the driver is suspended.
 *
 * @param register the register with its device, e.g. {@code UART0.UARTCR}
 * @param physicalAddress where it is on the board
 * @param value its value now, read without side effects (32 bits)
 * @param fields the fields that are not zero, with their values (and value names where the description has them)
 */
public record MappedRegister(String register, long physicalAddress, long value, List<FieldChange> fields) {
    /**
     * Finds the register at a process's virtual address.
     *
     * @param sim the simulator
     * @param process the process
     * @param virtualAddress the address
     * @return the register, or empty when the address is in no mapping of the process or on no register
     */
    static Optional<MappedRegister> at(Simulator sim, String process, long virtualAddress) {
        java.util.OptionalLong translated = physicalAddress(sim, process, virtualAddress);
        if (translated.isEmpty()) {
            return Optional.empty();
        }
        long physical = translated.getAsLong();
        Optional<DeviceWindow> window = sim.board().deviceAt(physical);
        if (window.isEmpty()) {
            return Optional.empty();
        }
        long offset = physical - window.get().base();
        Optional<RegisterDecoder> decoder = sim.device(window.get().name()).flatMap(d -> d.registerAt(offset));
        if (decoder.isEmpty() || (offset & 3) != 0) {
            return Optional.empty();
        }
        java.util.OptionalInt read = sim.peek(physical, 32);
        if (read.isEmpty()) {
            return Optional.empty();
        }
        long value = Integer.toUnsignedLong(read.getAsInt());
        return Optional.of(new MappedRegister(decoder.get().qualifiedName(), physical, value,
                decoder.get().changes(0, value)));
    }

    /**
     * Translates a process's virtual address through its MMIO mappings, as its accesses are translated.
     *
     * @param sim the simulator
     * @param process the process
     * @param virtualAddress the address
     * @return the physical address, or empty when no mapping of the process holds it
     */
    public static java.util.OptionalLong physicalAddress(Simulator sim, String process, long virtualAddress) {
        Optional<MappingInfo> mapping = sim.processes().stream().filter(p -> p.name().equals(process))
                .map(ProcessInfo::mappings).flatMap(List::stream)
                .filter(m -> m.virtualRange().contains(virtualAddress)).findFirst();
        return mapping.isEmpty() ? java.util.OptionalLong.empty()
                : java.util.OptionalLong.of(mapping.get().physical().base() + (virtualAddress
                        - mapping.get().virtualAddress()));
    }
}
