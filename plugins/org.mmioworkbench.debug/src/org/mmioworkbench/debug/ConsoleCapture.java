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
            List<Diagnostic> kept = sim.diagnosticsSince(diagnosed);
            long first = kept.isEmpty() ? count : kept.get(0).seq();
            if (first > diagnosed) {
                err.accept("diagnostic: " + where(at) + (first - diagnosed) + " more diagnostics are left out: the"
                        + " simulator keeps the last " + Simulator.DIAGNOSTIC_WINDOW + "\n");
            }
            for (Diagnostic d : kept) {
                SourceLine cause = d.origin() != null ? d.origin() : at;
                err.accept("diagnostic: " + where(cause) + d + "\n");
                Diagnosed x = new Diagnosed(d, cause);
                diagnosedListeners.forEach(l -> l.accept(x));
            }
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
