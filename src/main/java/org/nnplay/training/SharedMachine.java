package org.nnplay.training;

import org.nnplay.engine.jvm.JvmBackend;

/** How training shares the machine with a window open beside it. */
public final class SharedMachine {
    private SharedMachine() {}

    /**
     * Called once when the window opens: on two cores the JVM backend trains large batches on one thread, without
     * its helper. Measured with 32-wide layers at batch 256 on 20,000 points, presentation mode at 1280 × 800: with
     * the helper, 69–73 epochs/s at 55–57 fps (the helper competes with the window's threads, and a half it has not
     * finished because it was descheduled keeps the training thread waiting); without, 152–157 at 59 fps. With more
     * cores there is room for it.
     */
    public static void leaveRoomForWindow() {
        JvmBackend.useHelperThread(Runtime.getRuntime().availableProcessors() > 2);
    }
}
