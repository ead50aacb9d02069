package org.nnplay.ui.plot;

/** The colours of a heat map: a value in [0, 1] (NaN: no value there) as an opaque ARGB pixel. */
public interface HeatScale {
    int heatArgb(double p);
}
