package org.mmioworkbench.debug;

import java.util.Objects;

import org.mmioworkbench.core.TraceEvent;

/**
 * A register watchpoint installed in a {@link CDebugSession}: the program suspends <em>at</em> an access of its kind
 * to the register, not at the next statement boundary: right after the interpreter's instruction that made it, shown
 * at the statement that made it. A call ({@code IoWriteMmReg32(...)}, or a C function) is an instruction of its own,
 * as is a store through a pointer; a load inside a larger expression belongs to the instruction that evaluates the
 * expression, so for {@code cr = regs[CR] + 1} the program suspends with {@code cr} assigned. Optionally only when
 * the value read or written (or the field's bits of it) matches. A write stops a watchpoint on a field only when it
 * changes the field.
 *
 * @param number its number; breakpoints and watches share one numbering, as in gdb
 * @param register the register's qualified name, {@code UART0.UARTCR}
 * @param field a field of it ({@code TXE}), or null for the whole register
 * @param access which accesses count
 * @param value the value the register (or field) must have read or written, or null for any
 * @param mask the field's bits in the register (all bits for a register)
 * @param shift the field's lowest bit
 */
public record RegisterWatch(int number, String register, String field, Access access, Long value, long mask,
        int shift) {
    /** The accesses a register watchpoint stops at, as gdb's {@code rwatch}, {@code watch} and {@code awatch}. */
    public enum Access {
        /** Reads only. */
        READ,
        /** Writes only. */
        WRITE,
        /** Reads and writes. */
        ACCESS
    }

    public RegisterWatch {
        Objects.requireNonNull(register, "register");
        Objects.requireNonNull(access, "access");
    }

    /** How a user names it: {@code UART0.UARTCR} or {@code UART0.UARTCR.TXE}, with {@code == V} when it has a value. */
    public String spec() {
        return register + (field == null ? "" : "." + field) + (value == null ? "" : " == 0x" + Long.toHexString(value));
    }

    /**
     * Whether an access made by the watched program is one this watchpoint stops at: for a register, any access of
     * its kind; for a field, a read, or a write that changes the field (as the script debugger's watchpoints). With
     * a value, only when the field (or register) read or written has it.
     */
    boolean matches(TraceEvent e) {
        boolean write = e.isWrite();
        if (!e.isRegisterAccess() || access == Access.READ && write || access == Access.WRITE && !write
                || !e.registers().contains(register)) {
            return false;
        }
        // values and changes are known for an access whose first register is this one; a buffer access has many
        // values and matches no value
        boolean first = e.registers().get(0).equals(register);
        if (field != null && write) {
            return first && e.changedFields().stream()
                    .anyMatch(c -> c.field().equals(field) && (value == null || c.newValue() == value));
        }
        return value == null || first && e.accessValue().isPresent()
                && ((e.accessValue().getAsLong() & mask) >>> shift) == value;
    }
}
