package org.mmioworkbench.debug.core;

import java.util.concurrent.CopyOnWriteArrayList;

import org.eclipse.debug.core.IStreamListener;
import org.eclipse.debug.core.model.IFlushableStreamMonitor;

/**
 * One output stream of a driver launch (its standard output or its diagnostics) as the Debug Platform's console reads
 * it. Text is kept for a console that connects late only while buffering is on; the console turns buffering off
 * when it connects, after which nothing accumulates here, however long the run.
 */
final class TextMonitor implements IFlushableStreamMonitor {
    private final CopyOnWriteArrayList<IStreamListener> listeners = new CopyOnWriteArrayList<>();
    private final StringBuilder contents = new StringBuilder();
    private boolean buffered = true;

    @Override
    public void addListener(IStreamListener listener) {
        listeners.addIfAbsent(listener);
    }

    @Override
    public void removeListener(IStreamListener listener) {
        listeners.remove(listener);
    }

    @Override
    public synchronized String getContents() {
        return contents.toString();
    }

    @Override
    public synchronized void flushContents() {
        contents.setLength(0);
    }

    @Override
    public synchronized void setBuffered(boolean buffer) {
        buffered = buffer;
        if (!buffer) {
            contents.setLength(0);
        }
    }

    @Override
    public synchronized boolean isBuffered() {
        return buffered;
    }

    /** Appends text and tells the listeners. */
    void append(String text) {
        if (text.isEmpty()) {
            return;
        }
        synchronized (this) {
            if (buffered) {
                contents.append(text);
            }
            for (IStreamListener l : listeners) {
                l.streamAppended(text, this);
            }
        }
    }
}
