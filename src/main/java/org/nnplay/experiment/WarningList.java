package org.nnplay.experiment;

import java.util.AbstractList;
import java.util.ArrayList;
import java.util.List;

/**
 * The warnings of one load, capped: the first {@value #SHOWN} are kept and the rest only counted, so a file with
 * 200,000 unknown fields gives six lines, not 200,000 (and no list of 200,000 strings).
 */
final class WarningList extends AbstractList<String> {
    static final int SHOWN = 5;
    private final List<String> kept = new ArrayList<>(SHOWN);
    private long more;

    @Override public boolean add(String warning) {
        if (kept.size() < SHOWN) {
            kept.add(warning);
        } else {
            more++;
        }
        return true;
    }

    @Override public String get(int index) { return kept.get(index); }

    @Override public int size() { return kept.size(); }

    /** The kept warnings, then one line with the count of the others. */
    List<String> summary() {
        List<String> out = new ArrayList<>(kept);
        if (more > 0) {
            out.add("and " + more + " more like " + (more == 1 ? "it" : "these"));
        }
        return out;
    }
}
