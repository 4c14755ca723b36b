package org.mmioworkbench.script;

import java.util.Objects;

/**
 * A statement as it ran: which statement, as which process, and the range of simulator trace events it
 * produced (by trace sequence number), so a console can print the accesses it made.
 *
 * @param statement the statement
 * @param process the process the statement started as
 * @param firstEvent the sequence number of its first trace event (if it produced any)
 * @param endEvent one past the sequence number of its last trace event; equal to {@code firstEvent} if
 *        it produced none
 */
public record ExecutedStatement(StatementInfo statement, String process, long firstEvent, long endEvent) {

    /**
     * Checks the components.
     *
     * @param statement the statement
     * @param process the process
     * @param firstEvent first sequence number
     * @param endEvent end sequence number (exclusive)
     */
    public ExecutedStatement {
        Objects.requireNonNull(statement, "statement");
        Objects.requireNonNull(process, "process");
        if (endEvent < firstEvent) {
            throw new IllegalArgumentException("event range " + firstEvent + ".." + endEvent);
        }
    }

    /**
     * Returns how many trace events the statement produced.
     *
     * @return the number of events
     */
    public int eventCount() {
        return (int) (endEvent - firstEvent);
    }
}
