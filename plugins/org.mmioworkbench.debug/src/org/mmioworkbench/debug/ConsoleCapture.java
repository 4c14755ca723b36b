package org.mmioworkbench.debug;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import org.mmioworkbench.c.CMachine;
import org.mmioworkbench.core.Diagnostic;
import org.mmioworkbench.core.Simulator;
import org.mmioworkbench.core.SourceLine;

/**
 * What a driver run shows a user, as text in two streams, for a front end that is not a terminal (an Eclipse
 * console): on the output stream what the program prints and what the board's UARTs send, in the order it happened;
 * on the error stream the kernel's diagnostics ({@code diagnostic: FILE:LINE: [TIMEns] KIND: message}, with the
 * statement that caused them, {@link Diagnostic#origin()}) and how the program ended. Not thread-safe: called by the
 * thread that runs the program.
 */
public final class ConsoleCapture {
    private final Simulator sim;
    private final SerialConsoles consoles;
    private final Consumer<String> out;
    private final Consumer<String> err;
    private final List<Consumer<Diagnosed>> diagnosedListeners = new ArrayList<>();
    private long diagnosed;

    /**
     * A diagnostic with the statement that caused it, if known.
     *
     * @param diagnostic the diagnostic
     * @param place its {@link Diagnostic#origin()}, else the statement running when it was shown, or null
     */
    public record Diagnosed(Diagnostic diagnostic, SourceLine place) {
    }

    /**
     * The diagnostics the kernel recorded since a count, as the simulator still keeps them.
     *
     * @param leftOut how many of them the simulator no longer keeps (it keeps the last
     *        {@value Simulator#DIAGNOSTIC_WINDOW} by default)
     * @param kept the others, in order, each with the line that caused it
     * @param at the statement running when they are shown, or null: named by the line about those left out
     */
    public record Recent(long leftOut, List<Diagnosed> kept, SourceLine at) {
        /**
         * Shows them, one line each: {@code diagnostic: FILE:LINE: [TIMEns] KIND: message}, after a line that counts
         * those left out, if any.
         *
         * @param leftOutNote added to that count's line (how to keep them all), or an empty string
         * @return the lines, without line breaks
         */
        public List<String> lines(String leftOutNote) {
            List<String> lines = new ArrayList<>();
            if (leftOut > 0) {
                lines.add("diagnostic: " + where(at) + leftOut + " more diagnostics are left out: the simulator keeps"
                        + " the last " + Simulator.DIAGNOSTIC_WINDOW + leftOutNote);
            }
            for (Diagnosed d : kept) {
                lines.add("diagnostic: " + where(d.place()) + d.diagnostic());
            }
            return lines;
        }
    }

    /**
     * The diagnostics recorded since a count, each with the line that caused it: its {@link Diagnostic#origin()},
     * else the statement running now.
     *
     * @param sim the simulator
     * @param from the count already shown
     * @param at the statement running now, or null
     * @return them
     */
    public static Recent recent(Simulator sim, long from, SourceLine at) {
        List<Diagnostic> kept = sim.diagnosticsSince(from);
        long first = kept.isEmpty() ? sim.diagnosticCount() : kept.get(0).seq();
        List<Diagnosed> diagnosed = new ArrayList<>(kept.size());
        for (Diagnostic d : kept) {
            diagnosed.add(new Diagnosed(d, d.origin() != null ? d.origin() : at));
        }
        return new Recent(Math.max(0, first - from), List.copyOf(diagnosed), at);
    }

    /**
     * @param sim the simulator the program runs on
     * @param out takes output text
     * @param err takes diagnostics and the end, one line at a time, each ending in a line break
     */
    public ConsoleCapture(Simulator sim, Consumer<String> out, Consumer<String> err) {
        this.sim = sim;
        this.consoles = new SerialConsoles(sim);
        this.out = out;
        this.err = err;
        this.diagnosed = sim.diagnosticCount();
    }

    /** Tells a listener of each new diagnostic (to mark the line that caused it). */
    public void onDiagnostic(Consumer<Diagnosed> listener) {
        diagnosedListeners.add(listener);
    }

    /** Shows bytes the program printed, after what the UARTs sent before them. */
    public void programOutput(byte[] bytes, SourceLine at) {
        pump(true, at);
        out.accept(new String(bytes, StandardCharsets.UTF_8));
    }

    /**
     * Shows what the UARTs sent and the diagnostics since the last call.
     *
     * @param force read every UART, not only those whose next character may have completed
     * @param at the statement running now, or null: named by a diagnostic whose origin is unknown
     */
    public void pump(boolean force, SourceLine at) {
        String sent = consoles.poll(force);
        if (!sent.isEmpty()) {
            out.accept(sent);
        }
        long count = sim.diagnosticCount();
        if (count > diagnosed) {
            Recent recent = recent(sim, diagnosed, at);
            recent.lines("").forEach(line -> err.accept(line + "\n"));
            recent.kept().forEach(d -> diagnosedListeners.forEach(l -> l.accept(d)));
            diagnosed = count;
        }
    }

    private static String where(SourceLine at) {
        return at == null ? "" : at + ": ";
    }

    /** Takes the UARTs' output as shown (after going back in time, when it was shown already). */
    public void resync() {
        consoles.resync();
        diagnosed = sim.diagnosticCount();
    }

    /**
     * Shows the end of the program: lets the UARTs send what they hold, shows it, and then the error and its
     * backtrace, or {@code FILE: main returned N}.
     *
     * @param outcome how it ended
     * @param file the program's file
     * @return the exit status: 0, or 1 for an error or a non-zero return
     */
    public int end(CMachine.Outcome outcome, String file) {
        pump(false, null);
        if (consoles.drain()) {
            pump(false, null);
        }
        pump(true, null);
        if (outcome.error()) {
            err.accept(outcome.message() + "\n");
            outcome.backtrace().forEach(l -> err.accept(l + "\n"));
            return 1;
        }
        if (outcome.status() != 0) {
            err.accept(file + ": main returned " + outcome.status() + "\n");
            return 1;
        }
        return 0;
    }
}
