package org.mmioworkbench.script.internal;

import org.mmioworkbench.script.Outcome;

/** Thrown by the interpreter when the script must stop; carries the outcome. */
public final class ScriptStop extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final transient Outcome outcome;

    /**
     * Creates a stop.
     *
     * @param outcome why the script stops
     */
    public ScriptStop(Outcome outcome) {
        super(outcome.message(), null, false, false);
        this.outcome = outcome;
    }

    /**
     * Returns why the script stops.
     *
     * @return the outcome
     */
    public Outcome outcome() {
        return outcome;
    }
}
