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
    private final ArrayDeque<Command> queue;
    private final ReentrantLock lock = new ReentrantLock();
    private final Condition work = lock.newCondition();
    private volatile int size;
    private boolean woken;

    CommandQueue(int capacity) {
        this.capacity = capacity;
        this.queue = new ArrayDeque<>(capacity);
    }

    boolean offer(Command c) {
        lock.lock();
        try {
            Command tail = queue.peekLast();
            Command merged = tail == null ? null : tail.merge(c);
            if (merged != null) {
                queue.pollLast();
                queue.addLast(merged);
            } else if (queue.size() >= capacity) {
                return false;
            } else {
                queue.addLast(c);
            }
            size = queue.size();
            work.signal();
            return true;
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
            Command c = queue.pollFirst();
            size = queue.size();
            return c;
        } finally {
            lock.unlock();
        }
    }

    boolean isEmpty() { return size == 0; }

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
