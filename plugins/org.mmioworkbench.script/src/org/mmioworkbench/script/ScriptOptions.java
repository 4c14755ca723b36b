package org.mmioworkbench.script;

import java.util.Objects;

/**
 * How a {@link ScriptMachine} runs a script.
 *
 * @param loopBound the most iterations one execution of a loop may run before the script is stopped
 *        with {@link Outcome.Kind#LOOP_BOUND}; at least 1
 * @param environment the boards and device input available to the script
 */
public record ScriptOptions(long loopBound, ScriptEnvironment environment) {
    /** The default loop bound: one million iterations. */
    public static final long DEFAULT_LOOP_BOUND = 1_000_000;

    /**
     * Checks the options.
     *
     * @param loopBound the loop bound
     * @param environment the environment
     */
    public ScriptOptions {
        if (loopBound < 1) {
            throw new IllegalArgumentException("loop bound must be at least 1: " + loopBound);
        }
        Objects.requireNonNull(environment, "environment");
    }

    /**
     * Returns the defaults: a loop bound of {@link #DEFAULT_LOOP_BOUND} and the standard environment.
     *
     * @return the default options
     */
    public static ScriptOptions defaults() {
        return new ScriptOptions(DEFAULT_LOOP_BOUND, ScriptEnvironment.standard());
    }

    /**
     * Returns these options with another loop bound.
     *
     * @param bound the new bound, at least 1
     * @return new options
     */
    public ScriptOptions withLoopBound(long bound) {
        return new ScriptOptions(bound, environment);
    }

    /**
     * Returns these options with another environment.
     *
     * @param env the new environment
     * @return new options
     */
    public ScriptOptions withEnvironment(ScriptEnvironment env) {
        return new ScriptOptions(loopBound, env);
    }
}
