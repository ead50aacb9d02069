package org.nnplay.training;

import java.util.ArrayDeque;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

/**
 * The bounded queue between the callers and the training thread. A command that combines with the one queued just
 * before it (a second learning-rate change, a second speed) replaces it, which keeps the order's meaning and the
 * queue short while a slider is dragged; otherwise a full queue rejects the command ({@link #offer} returns false).
 * The training thread also waits here, while paused or before a capped epoch, and {@link #wake()} ends the wait.
 */
final class CommandQueue {
    private final int capacity;
    private record Entry(Command command, long ticket) {}

    private final ArrayDeque<Entry> queue;
    private final ReentrantLock lock = new ReentrantLock();
    private final Condition work = lock.newCondition();
    private volatile int size;
    private boolean woken;
    private long tickets;
    private long lastTaken;

    CommandQueue(int capacity) {
        this.capacity = capacity;
        this.queue = new ArrayDeque<>(capacity);
    }

    /** Queues (or merges) a command; returns its ticket (1, 2, …), or −1 if the queue is full. */
    long offer(Command c) {
        lock.lock();
        try {
            Entry tail = queue.peekLast();
            Command merged = tail == null ? null : tail.command().merge(c);
            if (merged != null) {
                queue.pollLast();
                queue.addLast(new Entry(merged, ++tickets));
            } else if (queue.size() >= capacity) {
                return -1;
            } else {
                queue.addLast(new Entry(c, ++tickets));
            }
            size = queue.size();
            work.signal();
            return tickets;
        } finally {
            lock.unlock();
        }
    }

    /** The next command, or null; cheap when empty (one volatile read). */
    Command poll() {
        if (size == 0) {
            return null;
        }
        lock.lock();
        try {
            Entry e = queue.pollFirst();
            size = queue.size();
            if (e == null) {
                return null;
            }
            lastTaken = e.ticket();
            return e.command();
        } finally {
            lock.unlock();
        }
    }

    boolean isEmpty() { return size == 0; }

    /** The ticket of the command {@link #poll()} returned last (it and every earlier one have been taken). */
    long lastTaken() {
        lock.lock();
        try {
            return lastTaken;
        } finally {
            lock.unlock();
        }
    }

    /** The ticket of the last accepted command. */
    long lastTicket() {
        lock.lock();
        try {
            return tickets;
        } finally {
            lock.unlock();
        }
    }

    int size() { return size; }

    int capacity() { return capacity; }

    /** Ends the current or next {@link #await} (e.g. a snapshot was requested). */
    void wake() {
        lock.lock();
        try {
            woken = true;
            work.signal();
        } finally {
            lock.unlock();
        }
    }

    /** Waits until a command arrives, {@link #wake()} is called, or {@code nanos} pass (≤ 0: no limit). */
    void await(long nanos) throws InterruptedException {
        lock.lock();
        try {
            if (queue.isEmpty() && !woken) {
                if (nanos > 0) {
                    work.await(nanos, TimeUnit.NANOSECONDS);
                } else {
                    work.await();
                }
            }
            woken = false;
        } finally {
            lock.unlock();
        }
    }
}
