package org.nnplay.ui.backprop;

/**
 * The leaf values of the 2-2-1 net: input (x1, x2), target y, weights w1..w6 and the learning rate η.
 *
 * @param w w1..w6 in the lecture's numbering (w1, w3 into h1; w2, w4 into h2; w5, w6 into ŷ)
 */
record TinyNet(double x1, double x2, double y, double[] w, double eta) {
    /**
     * The defaults. The lecture's "Backprop Demo" slide gives the equations but no numbers, so these are ours:
     * one input x = (1, 0.5) with target y = 1, small distinct weights 0.1 … 0.6 (so that no two numbers on the
     * screen coincide and the sigmoids are far from saturating), and η = 0.5, large enough for the SGD step to move
     * the weights visibly.
     */
    static final TinyNet DEFAULTS = new TinyNet(1, 0.5, 1, new double[] {0.1, 0.2, 0.3, 0.4, 0.5, 0.6}, 0.5);

    /** Shown under the fields, so the class knows where the numbers come from. */
    static final String SOURCE = "Defaults chosen for this demo (the lecture's “Backprop Demo”, seed 004, gives the "
            + "equations but no numbers): x = (1, 0.5), y = 1, w1…w6 = 0.1…0.6, η = 0.5.";
}
