package org.mmioworkbench.debug.console;

import org.mmioworkbench.debug.CDebugSession;
import org.mmioworkbench.debug.RunResult;

/**
 * How the debugger's commands move the program. A terminal calls the session itself ({@link #direct}); the Eclipse
 * debugger hands each {@link Motion} to the run control of its Debug view, so the views hear of the run and the stop
 * as when its buttons are pressed, and nothing else drives the session.
 */
@FunctionalInterface
public interface RunControl {
    /**
     * Carries a request out, on the thread that drives the session, and returns when the program has stopped again.
     *
     * @param motion what to do
     * @return how it ended
     */
    RunResult run(Motion motion);

    /**
     * The run control of a front end that owns its session alone: each request is the session's call.
     *
     * @param session the session
     * @return the run control
     */
    static RunControl direct(CDebugSession session) {
        return motion -> motion.on(session);
    }
}
