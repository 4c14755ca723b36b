package org.mmioworkbench.debug.core;

/**
 * Going back to an event of the access trace (the Access Trace view's Go Back to This Event): the debug target, its
 * thread and its frames adapt to it, as they adapt to {@link DriverStepping}.
 */
public interface DriverEventTravel {
    /**
     * Whether the driver can go back to an event: it is suspended, one of its statements made the event, and the trace
     * window still holds it.
     *
     * @param seq the event's sequence number
     */
    boolean canGoBackToEvent(long seq);

    /**
     * Goes back to right after the access or kernel call that made an event, in the middle of its statement; the
     * thread suspends there, so the Debug view shows the frame at that line.
     *
     * @param seq the event's sequence number
     */
    void goBackToEvent(long seq);
}
