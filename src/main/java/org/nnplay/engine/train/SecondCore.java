package org.nnplay.engine.train;

/**
 * Whether a trainer's steps use a second core (the JVM backend's helper thread), decided by timing its own steps
 * both ways now and then, because which is faster depends on the moment, not only on the network.
 *
 * <p>On an idle two-core machine config c (64-64-64, batch 256) trains 1.4× as fast on two threads as on one. But
 * when the machine's other core is busy, or shared with another virtual machine's work, each step waits for the
 * slower half: the same run measured 37–40 epochs/s on two threads in the same minutes as 57–59 on one. A fixed rule
 * cannot know which case it is in; timing a few steps can. Every {@code gap} steps the trainer takes {@link #TRIAL}
 * steps the other way; if their median is at least {@link #SWITCH_BELOW} of the last {@link #TRIAL} steps' median, it
 * switches. A trial that confirms the choice doubles the gap (up to {@link #LONGEST_GAP}: a trial costs a few tenths
 * of a percent then), a switch starts it again from {@link #FIRST_GAP}.
 *
 * <p>Only full batches are timed (the last, shorter batch of an epoch takes less time). Both ways give the same
 * bits, so the choice never changes a run's numbers, only its speed.
 */
final class SecondCore {
    /** Steps timed each way for one comparison: their median, so that one step slowed by a pause does not decide. */
    static final int TRIAL = 3;
    /** Steps between trials after a switch (and at the start, where the JIT is still compiling). */
    static final int FIRST_GAP = 64;
    /** The longest gap between trials: config c takes about 3,000 steps a second. */
    static final int LONGEST_GAP = 1024;
    /** The other way must take at most this fraction of the time to be chosen: a clear win, not noise. */
    static final double SWITCH_BELOW = 0.9;

    private boolean use = true;
    private int gap = FIRST_GAP;
    private int sinceTrial;
    private final long[] recent = new long[TRIAL];
    private int recentCount;
    private final long[] trial = new long[TRIAL];
    /** Steps of the trial timed so far; -2 before its first step (not timed), -1 while none is under way. */
    private int trialCount = -1;
    private int switches;

    /** Whether the next step uses the second core: the choice, or the other way during a trial. */
    boolean nextStepUses() {
        return trialCount != -1 ? !use : use;
    }

    /** The step just taken (the way {@link #nextStepUses} said) took this long; a partial batch is not counted. */
    void took(long nanos, boolean fullBatch) {
        if (!fullBatch) {
            return;
        }
        if (trialCount == -2) {
            trialCount = 0; // the first step the other way pays for the change (waking the helper, its caches): not timed
            return;
        }
        if (trialCount >= 0) {
            trial[trialCount++] = nanos;
            if (trialCount == TRIAL) {
                decide();
            }
            return;
        }
        recent[recentCount++ % TRIAL] = nanos;
        if (++sinceTrial >= gap && recentCount >= TRIAL) {
            trialCount = -2;
        }
    }

    private void decide() {
        if (median(trial) <= SWITCH_BELOW * median(recent)) {
            use = !use;
            switches++;
            gap = FIRST_GAP;
            System.arraycopy(trial, 0, recent, 0, TRIAL);
            recentCount = TRIAL;
        } else {
            gap = Math.min(2 * gap, LONGEST_GAP);
        }
        trialCount = -1;
        sinceTrial = 0;
    }

    /** The middle one of three, without allocating (a warm step allocates nothing). */
    private static long median(long[] t) {
        return Math.max(Math.min(t[0], t[1]), Math.min(Math.max(t[0], t[1]), t[2]));
    }

    /** The current choice (outside trials). */
    boolean uses() { return use; }

    /** How often the choice has changed. */
    int switches() { return switches; }
}
