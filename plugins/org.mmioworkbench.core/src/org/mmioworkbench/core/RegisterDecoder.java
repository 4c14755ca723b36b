package org.mmioworkbench.core;

import java.util.List;

/**
 * Names a device register and decodes its fields for the access trace. Device models built on a register
 * description pass one to {@link DeviceContext#accessed(RegisterDecoder, long, long)}; the trace keeps
 * the reference and the raw values and decodes only when asked ({@link TraceEvent#changedFields()}).
 * Implementations are immutable.
 */
public interface RegisterDecoder {

    /**
     * Returns the register's name with its device.
     *
     * @return e.g. {@code UART0.UARTFR}
     */
    String qualifiedName();

    /**
     * Lists the fields whose value differs between two register values.
     *
     * @param before the register's value before
     * @param after the register's value after
     * @return the changed fields by ascending bit offset; empty if none changed
     */
    List<FieldChange> changes(long before, long after);
}
