package org.mmioworkbench.core;

import java.util.List;
import java.util.Objects;

/**
 * One message of the simulated kernel's diagnostic output.
 *
 * @param seq position in the diagnostic output, from 0
 * @param timeNanos simulated time of the operation that produced it
 * @param kind what kind of problem it reports
 * @param message a sentence for the driver writer
 * @param range the physical range concerned; for a fault, the bytes accessed (virtual if the address did not
 *        translate)
 * @param actors the processes (or {@code kernel}) involved, the acting one first
 */
public record Diagnostic(long seq, long timeNanos, DiagnosticKind kind, String message, AddressRange range,
        List<String> actors, SourceLine origin) {

    /**
     * Copies the actor list and checks the components.
     *
     * @param seq position
     * @param timeNanos time
     * @param kind kind
     * @param message message
     * @param range physical range
     * @param actors actors involved
     * @param origin the line of driver source that caused it, as the simulator's {@link SourceLocator} named it, or
     *        null when unknown
     */
    public Diagnostic {
        Objects.requireNonNull(kind);
        Objects.requireNonNull(message);
        Objects.requireNonNull(range);
        actors = List.copyOf(actors);
    }

    /**
     * A diagnostic whose cause in driver source is unknown.
     *
     * @param seq position
     * @param timeNanos time
     * @param kind kind
     * @param message message
     * @param range physical range
     * @param actors actors involved
     */
    public Diagnostic(long seq, long timeNanos, DiagnosticKind kind, String message, AddressRange range,
            List<String> actors) {
        this(seq, timeNanos, kind, message, range, actors, null);
    }

    /**
     * Renders the message as the kernel log would print it.
     *
     * @return kind and message
     */
    @Override
    public String toString() {
        return "[" + timeNanos + "ns] " + kind + ": " + message;
    }
}
