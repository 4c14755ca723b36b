package org.mmioworkbench.ui.internal.views;

import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.mmioworkbench.ui.internal.views.TraceIndex.Matches;
import org.mmioworkbench.ui.internal.views.TraceIndex.Request;

/**
 * The Access Trace view's filter search, in the background: one system job per view that keeps a {@link TraceIndex}
 * up to date with the trace each refresh saw. Coalescing: the requests a refresh submits while the search runs are
 * merged into one (the latest trace, going back as far as any of them went), and a pending request stops the search
 * at its next stride, so a new filter supersedes the running search at once and new events of a running driver join
 * it without looking again at what it already looked at. Only the result, the matching events' numbers
 * ({@link Matches}), is handed on: when the search has looked at everything, and every {@value #PROGRESS_MILLIS} ms
 * of a long search so the view shows its progress.
 */
final class TraceSearch extends Job {
    /** How often a long search hands on what it found so far. */
    static final long PROGRESS_MILLIS = 200;

    private final AtomicReference<Request> pending = new AtomicReference<>();
    private final TraceIndex index = new TraceIndex();
    private final Consumer<Matches> found;

    /**
     * Makes the search of a view.
     *
     * @param found takes each result, on the search's thread
     */
    TraceSearch(Consumer<Matches> found) {
        super("Filtering the access trace");
        this.found = found;
        setSystem(true); // a driver at full speed makes one every refresh; the view shows the progress
        setPriority(Job.SHORT);
    }

    /**
     * Asks for the trace a refresh saw to be searched; supersedes what was asked before and not yet taken.
     *
     * @param request the trace and the filter
     */
    void submit(Request request) {
        pending.accumulateAndGet(request, (before, now) -> before == null ? now : before.then(now));
        schedule();
    }

    @Override
    protected IStatus run(IProgressMonitor monitor) {
        long next = System.nanoTime() + PROGRESS_MILLIS * 1_000_000L;
        while (true) {
            Request r = pending.getAndSet(null);
            if (r != null) {
                index.take(r);
            } else if (index.complete()) {
                return Status.OK_STATUS;
            }
            long publishAt = next;
            boolean done = index.scan(() -> monitor.isCanceled() || pending.get() != null
                    || System.nanoTime() - publishAt > 0);
            if (monitor.isCanceled()) {
                return Status.CANCEL_STATUS;
            }
            if (done || System.nanoTime() - next > 0) {
                found.accept(index.matches());
                next = System.nanoTime() + PROGRESS_MILLIS * 1_000_000L;
            }
        }
    }
}
