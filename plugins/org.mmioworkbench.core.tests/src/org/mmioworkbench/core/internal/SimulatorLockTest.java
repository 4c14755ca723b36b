package org.mmioworkbench.core.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import org.junit.jupiter.api.Test;

/**
 * The simulator's lock: one thread at a time, reentrant, and fair, so a view that waits for the simulator gets it
 * before a driver that releases it and comes straight back.
 */
class SimulatorLockTest {
    private final SimulatorLock lock = new SimulatorLock();

    @Test
    void aThreadThatWaitsGetsTheLockBeforeTheHolderThatComesStraightBack() throws Exception {
        List<String> order = new CopyOnWriteArrayList<>();
        lock.lock();
        Thread view = new Thread(() -> {
            lock.lock();
            order.add("view");
            lock.unlock();
        }, "view");
        view.start();
        awaitWaiter();
        lock.unlock();
        lock.lock(); // a driver's next call, right away
        order.add("driver");
        lock.unlock();
        view.join(TimeUnit.SECONDS.toMillis(10));
        assertEquals(List.of("view", "driver"), order);
    }

    @Test
    void waitingThreadsGetTheLockInTheOrderTheyCame() throws Exception {
        List<String> order = new CopyOnWriteArrayList<>();
        lock.lock();
        Thread[] waiters = new Thread[3];
        for (int i = 0; i < waiters.length; i++) {
            String name = "waiter " + i;
            waiters[i] = new Thread(() -> {
                lock.lock();
                order.add(name);
                lock.unlock();
            }, name);
            waiters[i].start();
            awaitWaiters(i + 1);
        }
        lock.unlock();
        for (Thread t : waiters) {
            t.join(TimeUnit.SECONDS.toMillis(10));
        }
        assertEquals(List.of("waiter 0", "waiter 1", "waiter 2"), order);
    }

    @Test
    void theHolderMayTakeItAgainAndOthersWaitUntilItReleasesAsOftenAsItTookIt() throws Exception {
        AtomicBoolean got = new AtomicBoolean();
        lock.lock();
        lock.lock();
        assertTrue(lock.isHeldByCurrentThread());
        Thread other = new Thread(() -> {
            lock.lock();
            got.set(true);
            lock.unlock();
        }, "other");
        other.start();
        awaitWaiter();
        lock.unlock();
        assertTrue(lock.isHeldByCurrentThread(), "still held once");
        Thread.sleep(50);
        assertFalse(got.get(), "the other thread still waits");
        lock.unlock();
        other.join(TimeUnit.SECONDS.toMillis(10));
        assertTrue(got.get());
        assertFalse(lock.isHeldByCurrentThread());
    }

    @Test
    void onlyOneThreadAtATimeHoldsIt() throws Exception {
        int[] counter = new int[1];
        int perThread = 200_000;
        Thread[] threads = new Thread[4];
        for (int i = 0; i < threads.length; i++) {
            threads[i] = new Thread(() -> {
                for (int k = 0; k < perThread; k++) {
                    lock.lock();
                    try {
                        counter[0]++; // a lost update would show a lapse of mutual exclusion
                    } finally {
                        lock.unlock();
                    }
                }
            });
            threads[i].start();
        }
        for (Thread t : threads) {
            t.join(TimeUnit.SECONDS.toMillis(60));
        }
        lock.lock();
        assertEquals(threads.length * perThread, counter[0]);
        lock.unlock();
        assertEquals(0, lock.queued());
    }

    @Test
    void anInterruptDoesNotStopTheWaitButIsKept() throws Exception {
        AtomicBoolean interruptedAfter = new AtomicBoolean();
        AtomicBoolean held = new AtomicBoolean();
        lock.lock();
        Thread waiter = new Thread(() -> {
            lock.lock();
            held.set(lock.isHeldByCurrentThread());
            interruptedAfter.set(Thread.currentThread().isInterrupted());
            lock.unlock();
        }, "waiter");
        waiter.start();
        awaitWaiter();
        waiter.interrupt();
        Thread.sleep(20);
        assertTrue(waiter.isAlive(), "still waiting");
        lock.unlock();
        waiter.join(TimeUnit.SECONDS.toMillis(10));
        assertTrue(held.get());
        assertTrue(interruptedAfter.get());
    }

    @Test
    void aThreadThatDoesNotHoldItCannotReleaseIt() throws Exception {
        assertThrows(IllegalMonitorStateException.class, lock::unlock);
        lock.lock();
        Throwable[] thrown = new Throwable[1];
        Thread other = new Thread(() -> {
            try {
                lock.unlock();
            } catch (IllegalMonitorStateException e) {
                thrown[0] = e;
            }
        });
        other.start();
        other.join(TimeUnit.SECONDS.toMillis(10));
        assertTrue(thrown[0] instanceof IllegalMonitorStateException);
        assertTrue(lock.isHeldByCurrentThread());
        lock.unlock();
    }

    private void awaitWaiter() throws InterruptedException {
        awaitWaiters(1);
    }

    private void awaitWaiters(int n) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (lock.queued() < n) {
            assertTrue(System.nanoTime() < deadline, "no thread came to wait");
            Thread.sleep(1);
        }
    }
}
