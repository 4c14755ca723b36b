package org.mmioworkbench.script;

import java.util.Objects;
import java.util.Optional;

import org.mmioworkbench.core.MmioFault;

/**
 * Where a {@link ScriptMachine} stands after a run or step: paused (it can go on), finished, or
 * stopped by a failed assertion, an MMIO fault, the loop bound or another runtime error. The message of
 * a stop is {@code FILE:LINE:COL: error: DETAIL}, or {@code FILE:LINE:COL: assertion failed: TEXT}.
 */
public final class Outcome {

    /** The kinds of outcome. */
    public enum Kind {
        /** Stopped between instructions; the script can go on. */
        PAUSED,
        /** Ran to its end. */
        FINISHED,
        /** An {@code assert} failed. */
        ASSERTION_FAILED,
        /** A register access faulted in the simulator. */
        FAULT,
        /** A loop ran more iterations than the loop bound. */
        LOOP_BOUND,
        /** Any other error while running: an undefined variable, division by zero, a refused call. */
        RUNTIME_ERROR
    }

    private final Kind kind;
    private final String message;
    private final SourcePosition position;
    private final MmioFault fault;

    private Outcome(Kind kind, String message, SourcePosition position, MmioFault fault) {
        this.kind = Objects.requireNonNull(kind, "kind");
        this.message = Objects.requireNonNull(message, "message");
        this.position = position;
        this.fault = fault;
    }

    /**
     * Creates the outcome of a paused machine.
     *
     * @param fileName the script's file name
     * @param next the statement about to run, or the one in progress; null if unknown
     * @return the outcome
     */
    public static Outcome paused(String fileName, SourcePosition next) {
        return new Outcome(Kind.PAUSED, next == null ? fileName + ": paused" : "paused at " + fileName + ":" + next,
                next, null);
    }

    /**
     * Creates the outcome of a script that ran to its end.
     *
     * @param fileName the script's file name
     * @return the outcome
     */
    public static Outcome finished(String fileName) {
        return new Outcome(Kind.FINISHED, fileName + ": finished", null, null);
    }

    /**
     * Creates the outcome of a failed assertion.
     *
     * @param fileName the script's file name
     * @param position the assert statement
     * @param text the assertion's message or source text
     * @return the outcome
     */
    public static Outcome assertionFailed(String fileName, SourcePosition position, String text) {
        return new Outcome(Kind.ASSERTION_FAILED, fileName + ":" + position + ": assertion failed: " + text, position,
                null);
    }

    /**
     * Creates the outcome of an error that stopped the script.
     *
     * @param kind {@link Kind#FAULT}, {@link Kind#LOOP_BOUND} or {@link Kind#RUNTIME_ERROR}
     * @param fileName the script's file name
     * @param position where the error happened
     * @param detail what happened
     * @param fault the simulator's fault for {@link Kind#FAULT}, else null
     * @return the outcome
     */
    public static Outcome error(Kind kind, String fileName, SourcePosition position, String detail, MmioFault fault) {
        if (kind == Kind.PAUSED || kind == Kind.FINISHED || kind == Kind.ASSERTION_FAILED) {
            throw new IllegalArgumentException("not an error kind: " + kind);
        }
        return new Outcome(kind, fileName + ":" + position + ": error: " + detail, Objects.requireNonNull(position),
                fault);
    }

    /**
     * Returns the kind.
     *
     * @return the kind
     */
    public Kind kind() {
        return kind;
    }

    /**
     * Returns the message for the user.
     *
     * @return e.g. {@code t.mmio:7:5: error: loop at line 7 ...}
     */
    public String message() {
        return message;
    }

    /**
     * Returns the position of the stop, or of the next statement when paused.
     *
     * @return the position, empty when finished
     */
    public Optional<SourcePosition> position() {
        return Optional.ofNullable(position);
    }

    /**
     * Returns the simulator's fault.
     *
     * @return the fault for {@link Kind#FAULT}, else empty
     */
    public Optional<MmioFault> fault() {
        return Optional.ofNullable(fault);
    }

    /**
     * Tells whether the script can no longer go on.
     *
     * @return true for every kind except {@link Kind#PAUSED}
     */
    public boolean isTerminal() {
        return kind != Kind.PAUSED;
    }

    /**
     * Tells whether the script stopped because of an error or a failed assertion.
     *
     * @return true for the kinds other than {@link Kind#PAUSED} and {@link Kind#FINISHED}
     */
    public boolean isError() {
        return kind != Kind.PAUSED && kind != Kind.FINISHED;
    }

    /**
     * Returns the message.
     *
     * @return {@link #message()}
     */
    @Override
    public String toString() {
        return message;
    }
}
