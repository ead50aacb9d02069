package org.nnplay.training.landscape;

import java.util.List;
import org.nnplay.engine.nn.Weights;

/**
 * Where each layer's W (in × out, row-major, entry (i, j) at {@code wOffset + i·out + j}) and b (out values at
 * {@code bOffset}) sit in the flat vector of {@link Weights#flatten()}. Neuron j of a layer is the column j of W
 * (its incoming weights, Li et al.'s "filter") plus, optionally, its bias b_j.
 */
public record WeightLayout(int[] in, int[] out, int[] wOffset, int[] bOffset, int size) {
    public WeightLayout {
        in = in.clone();
        out = out.clone();
        wOffset = wOffset.clone();
        bOffset = bOffset.clone();
    }

    public static WeightLayout of(Weights weights) {
        List<Weights.Layer> layers = weights.layers();
        int n = layers.size();
        int[] in = new int[n];
        int[] out = new int[n];
        int[] wo = new int[n];
        int[] bo = new int[n];
        int k = 0;
        for (int l = 0; l < n; l++) {
            Weights.Layer layer = layers.get(l);
            in[l] = layer.in();
            out[l] = layer.out();
            wo[l] = k;
            k += layer.in() * layer.out();
            bo[l] = k;
            k += layer.out();
        }
        return new WeightLayout(in, out, wo, bo, k);
    }

    public int layers() { return in.length; }

    /** Index in the flat vector of W[i][j] of layer {@code l}. */
    public int weightIndex(int l, int i, int j) { return wOffset[l] + i * out[l] + j; }

    /** Index in the flat vector of b[j] of layer {@code l}. */
    public int biasIndex(int l, int j) { return bOffset[l] + j; }

    /** True when {@code index} is a bias entry. */
    public boolean isBias(int index) {
        for (int l = 0; l < layers(); l++) {
            if (index >= bOffset[l] && index < bOffset[l] + out[l]) {
                return true;
            }
        }
        return false;
    }
}
