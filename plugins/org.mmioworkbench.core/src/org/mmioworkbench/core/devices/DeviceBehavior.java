package org.mmioworkbench.core.devices;

/**
 * What a device does beyond the generic register semantics of its {@link RegisterFile}: the register
 * file calls these hooks around every register access (once per register an access touches), so a
 * device model can feed a FIFO from a data register, recompute flags, or react to a control register.
 * All hooks default to doing nothing. A device model usually implements this together with
 * {@link org.mmioworkbench.core.DeviceModel} ({@link org.mmioworkbench.core.DeviceModel#advance(long)} to
 * follow the clock, {@link org.mmioworkbench.core.DeviceContext#interruptLine(String)} for interrupts).
 * <p>
 * {@code laneMask} gives the register bits the access touches: all of them for an access of the
 * register's width, one byte lane for an 8-bit access of a 32-bit register.
 */
public interface DeviceBehavior {

    /** A behaviour that adds nothing: the register file alone. */
    DeviceBehavior NONE = new DeviceBehavior() {
    };

    /**
     * Called before a read, before the register file applies the register's read semantics: the place to
     * bring a computed register up to date (its value is what the read returns).
     *
     * @param register the register read
     * @param laneMask the bits the access reads
     */
    default void beforeRead(Register register, long laneMask) {
    }

    /**
     * Called after a read: the place for side effects the SVD cannot express ({@code readAction}
     * {@code modify}/{@code modifyExternal}, e.g. popping a receive FIFO).
     *
     * @param register the register read
     * @param value the register bits the read returned (within {@code laneMask})
     * @param laneMask the bits the access read
     */
    default void afterRead(Register register, long value, long laneMask) {
    }

    /**
     * Called before a write. Returning false consumes the write: the register file then neither checks
     * nor stores it (a data register that feeds a FIFO), and the trace shows the written fields.
     *
     * @param register the register written
     * @param value the value written, in register bit positions (within {@code laneMask})
     * @param laneMask the bits the access writes
     * @return true to let the register file apply the write, false if the device consumed it
     */
    default boolean beforeWrite(Register register, long value, long laneMask) {
        return true;
    }

    /**
     * Called after the register file applied a write (access checks, write-once,
     * {@code modifiedWriteValues}).
     *
     * @param register the register written
     * @param oldValue its value before
     * @param newValue its value after
     * @param value the value written, in register bit positions
     * @param laneMask the bits the access wrote
     */
    default void afterWrite(Register register, long oldValue, long newValue, long value, long laneMask) {
    }
}
