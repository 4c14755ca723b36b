package org.mmioworkbench.core.internal;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.locks.LockSupport;

/**
 * The simulator's lock: reentrant, and fair once threads wait (they get it in the order they came, and a thread
 * that comes while others wait queues behind them), so a reader (a view refreshing, a debugger inspecting) waits
 * for at most the operation in progress however fast another thread drives the simulation. It costs a driver that
 * has the simulator to itself one atomic instruction per operation instead of the two of a fair
 * {@link java.util.concurrent.locks.ReentrantLock}: releasing is a plain (release) store, not a full fence.
 * <p>
 * Without the fence, a release can miss a thread that began to wait at that very moment (its read of the waiting
 * count can pass its store that frees the lock); the waiter then wakes on its own after {@link #RECHECK_NANOS}, and
 * sooner if another thread comes to the lock and finds it free with a waiter queued. So a missed wake-up delays a
 * waiter by at most that, and never blocks it.
 */
public final class SimulatorLock {
    /** How long a waiting thread sleeps before it looks at the lock again on its own. */
    static final long RECHECK_NANOS = 200_000;

    private static final VarHandle OWNER;
    private static final VarHandle WAITING;

    static {
        try {
            MethodHandles.Lookup l = MethodHandles.lookup();
            OWNER = l.findVarHandle(SimulatorLock.class, "owner", Thread.class);
            WAITING = l.findVarHandle(SimulatorLock.class, "waiting", int.class);
        } catch (ReflectiveOperationException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    /** The thread that holds the lock, or null. */
    private volatile Thread owner;
    /** How many times the owner holds it; only the owner reads or writes it. */
    private int holds;
    /** How many threads wait (incremented before they queue). */
    private volatile int waiting;
    /** The waiting threads in the order they came; the first takes the lock next. */
    private final ConcurrentLinkedQueue<Thread> queue = new ConcurrentLinkedQueue<>();

    /** Takes the lock, waiting for it if another thread holds it or others wait for it; ignores interrupts. */
    public void lock() {
        Thread me = Thread.currentThread();
        if (OWNER.getOpaque(this) == me) { // only this thread can have stored itself there
            holds++;
            return;
        }
        if (waiting == 0 && OWNER.compareAndSet(this, null, me)) {
            holds = 1;
            return;
        }
        await(me);
    }

    private void await(Thread me) {
        WAITING.getAndAdd(this, 1);
        boolean acquired = false;
        boolean interrupted = false;
        try {
            queue.add(me);
            while (!(queue.peek() == me && OWNER.compareAndSet(this, null, me))) {
                Thread first = queue.peek();
                if (first != me && owner == null) {
                    LockSupport.unpark(first); // its wake-up may have been missed; see the class comment
                }
                LockSupport.parkNanos(this, RECHECK_NANOS);
                interrupted |= Thread.interrupted();
            }
            acquired = true;
            holds = 1;
        } finally {
            queue.remove(me);
            WAITING.getAndAdd(this, -1);
            if (!acquired) {
                wakeFirst();
            }
            if (interrupted) {
                me.interrupt();
            }
        }
    }

    /**
     * Releases the lock once; the last release wakes the first waiting thread.
     *
     * @throws IllegalMonitorStateException if this thread does not hold the lock
     */
    public void unlock() {
        if (OWNER.getOpaque(this) != Thread.currentThread()) {
            throw new IllegalMonitorStateException("the simulator's lock is not held by this thread");
        }
        if (--holds == 0) {
            OWNER.setRelease(this, null);
            if (waiting != 0) {
                wakeFirst();
            }
        }
    }

    private void wakeFirst() {
        Thread first = queue.peek();
        if (first != null) {
            LockSupport.unpark(first);
        }
    }

    /**
     * Tells whether this thread holds the lock.
     *
     * @return true if it does
     */
    public boolean isHeldByCurrentThread() {
        return OWNER.getOpaque(this) == Thread.currentThread();
    }

    /** How many threads are queued for the lock (for tests). */
    int queued() {
        return queue.size();
    }
}
