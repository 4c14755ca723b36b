package org.mmioworkbench.core;

/**
 * What a {@link DeviceModel} may use of the simulator it runs in: the simulated clock, the actor of the
 * operation in progress, the kernel's diagnostic output, the access trace and interrupt lines. The
 * simulator hands one context to each model when it creates it ({@link DeviceFactory#create(DeviceWindow,
 * DeviceContext)}); {@link #standalone(String)} gives one for using a model without a simulator (unit tests
 * of a model, tools). A context is only used under the simulator's lock, from the model's own methods.
 */
public interface DeviceContext {

    /**
     * Returns the name of the device window the model serves.
     *
     * @return e.g. {@code UART0}
     */
    String deviceName();

    /**
     * Returns the simulated time. During a register access it is the time the access started; during
     * {@link DeviceModel#advance(long)} it is the time the device has been advanced to.
     *
     * @return nanoseconds since boot
     */
    long now();

    /**
     * Names who makes the operation in progress.
     *
     * @return the process name, {@code kernel}, or {@code simulator} (time passing, external input)
     */
    String actor();

    /**
     * Adds a message to the kernel's diagnostic output, stamped with the current time and actor.
     *
     * @param kind what kind of problem it reports
     * @param message a sentence for the driver writer, naming the process, register and field
     * @param offset the first byte concerned, relative to the device window
     * @param size the number of bytes concerned, at least 1
     */
    void diagnose(DiagnosticKind kind, String message, long offset, int size);

    /**
     * Tells the trace which register a register access reached. Called by a model during
     * {@link DeviceModel#read(long, int)} or {@link DeviceModel#write(long, int, int)}, once per
     * register the access touches (an access wider than a register touches several), in address order;
     * ignored at any other time. Must not allocate or format text: it stores references only.
     *
     * @param register names the register and decodes its fields
     * @param before the register's value before the access (for a write-only register, or a write the
     *        device consumed, 0)
     * @param after its value after the access (for a write-only register, or a write the device
     *        consumed, the value written)
     */
    void accessed(RegisterDecoder register, long before, long after);

    /**
     * Declares (or returns the already declared) interrupt line of the device with a name. Lines start low;
     * their state belongs to the simulator (snapshots restore it) and every change is traced.
     *
     * @param suffix empty for the device's own line (named like the device, e.g. {@code UART0}), else the
     *        part after a dot ({@code C1} gives {@code SYSTIMER.C1})
     * @return the line
     */
    InterruptLine interruptLine(String suffix);

    /**
     * Creates a context for using a model without a simulator: the clock is 0 until {@link
     * StandaloneContext#setNow(long)}, the actor is {@code test}, diagnostics are collected in a list and
     * interrupt lines just keep their level.
     *
     * @param deviceName the device name
     * @return a new standalone context
     */
    static StandaloneContext standalone(String deviceName) {
        return new StandaloneContext(deviceName);
    }
}
