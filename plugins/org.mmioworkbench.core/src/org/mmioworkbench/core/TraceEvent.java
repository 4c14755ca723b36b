package org.mmioworkbench.core;

import java.util.Objects;
import java.util.OptionalLong;

/**
 * One entry of the access trace: an API call, register access, IPC transfer, kernel access or clock
 * advance. Immutable; two runs of the same script produce equal events.
 *
 * @param seq position in the trace, from 0
 * @param timeNanos simulated time when the operation started
 * @param actor the process name, {@code kernel}, or {@code simulator} for clock advances
 * @param operation the C API name ({@code KnRegisterPhyMem}, {@code IoReadMmReg32}, ...) or the
 *        simulator operation ({@code ipcTransferHandle}, {@code KernelAccess}, {@code advance}, ...)
 * @param arguments the arguments as C source would show them
 * @param result the outcome in words: return code and out-values, the value read, or the fault
 * @param rc the return code, or null for calls that return none (register reads and writes, clock)
 * @param fault the fault cause, or null if the operation did not fault
 * @param physicalAddress the physical address involved, if any
 * @param device the device name(s) at that address, or an empty string
 */
public record TraceEvent(long seq, long timeNanos, String actor, String operation, String arguments,
        String result, Retcode rc, FaultCause fault, OptionalLong physicalAddress, String device) {

    /**
     * Checks the non-null components.
     *
     * @param seq position
     * @param timeNanos time
     * @param actor actor
     * @param operation operation
     * @param arguments arguments
     * @param result outcome text
     * @param rc return code or null
     * @param fault fault cause or null
     * @param physicalAddress physical address
     * @param device device name(s)
     */
    public TraceEvent {
        Objects.requireNonNull(actor);
        Objects.requireNonNull(operation);
        Objects.requireNonNull(arguments);
        Objects.requireNonNull(result);
        Objects.requireNonNull(physicalAddress);
        Objects.requireNonNull(device);
    }

    /**
     * Tells whether the operation faulted.
     *
     * @return true if {@link #fault()} is set
     */
    public boolean isFault() {
        return fault != null;
    }

    /**
     * Renders the event as one line for logs and console views.
     *
     * @return e.g. {@code #3 t=1000ns driver KnIoMapMem(rid=0x1, ...) -> rcOk ...}
     */
    @Override
    public String toString() {
        return "#" + seq + " t=" + timeNanos + "ns " + actor + " " + operation + "(" + arguments + ") -> " + result
                + (physicalAddress.isPresent() ? " @" + AddressRange.hex(physicalAddress.getAsLong()) : "")
                + (device.isEmpty() ? "" : " [" + device + "]");
    }
}
