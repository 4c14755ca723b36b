package org.mmioworkbench.c.internal;

import java.util.ArrayList;
import java.util.List;

/**
 * Handles sent with {@code IpcTransferHandle} and not yet picked up with {@code IpcReceiveHandle}: shared by the
 * processes of one run, oldest first.
 */
public final class Mailbox {
    /** A sent handle: the receiver's value. */
    public record Message(String from, String to, int handle) {
    }

    private final List<Message> queue = new ArrayList<>();

    public synchronized void send(String from, String to, int handle) {
        queue.add(new Message(from, to, handle));
    }

    /** Takes the oldest message to a process (from one sender, or any when sender is null), or null. */
    public synchronized Message take(String to, String sender) {
        for (int i = 0; i < queue.size(); i++) {
            Message m = queue.get(i);
            if (m.to().equals(to) && (sender == null || m.from().equals(sender))) {
                return queue.remove(i);
            }
        }
        return null;
    }

    public synchronized Mailbox copy() {
        Mailbox b = new Mailbox();
        b.queue.addAll(queue);
        return b;
    }

    public synchronized void restore(Mailbox from) {
        queue.clear();
        queue.addAll(from.queue);
    }
}
