package org.mmioworkbench.cli;

import java.util.Locale;

import org.mmioworkbench.core.Simulator;

import picocli.CommandLine;

/**
 * Reads the value of {@code --trace-window}: a number of events, at least 1, or {@code all} for the whole
 * trace ({@link Simulator#WHOLE_TRACE}).
 */
final class TraceWindowOption implements CommandLine.ITypeConverter<Integer> {
    /** The option's description, shared by {@code run} and {@code debug}. */
    static final String DESCRIPTION = "how many of the most recent trace events to keep in memory, or 'all' "
            + "(default: ${DEFAULT-VALUE}); memory stays bounded whatever the run's length, and --trace files get "
            + "every event whatever the window";

    @Override
    public Integer convert(String value) {
        String v = value.strip().toLowerCase(Locale.ROOT).replace("_", "");
        if (v.equals("all")) {
            return Simulator.WHOLE_TRACE;
        }
        try {
            int n = Integer.parseInt(v);
            if (n >= 1) {
                return n;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new CommandLine.TypeConversionException("give a number of events from 1 to "
                + Integer.MAX_VALUE + ", or 'all', not '" + value + "'");
    }
}
