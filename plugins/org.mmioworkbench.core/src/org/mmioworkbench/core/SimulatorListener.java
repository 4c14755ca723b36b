package org.mmioworkbench.core;

/**
 * Observer of a {@link Simulator}, e.g. an Eclipse view. Called on the thread that ran the operation,
 * after the simulator's lock is released, so a listener may read the simulator or hand work to the UI
 * thread; exceptions it throws reach the caller of the operation.
 */
public interface SimulatorListener {

    /**
     * Called once for every trace event, after the operation that recorded it (including faults).
     *
     * @param event the new event
     */
    void traced(TraceEvent event);

    /**
     * Called after {@link Simulator#restore(Snapshot)}; the whole state may have changed.
     *
     * @param snapshot the snapshot restored
     */
    default void restored(Snapshot snapshot) {
    }
}
