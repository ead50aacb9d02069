package org.nnplay.experiment;

import java.util.List;
import org.nnplay.data.DataLimits;
import org.nnplay.engine.Named;

/**
 * The colours of the classes on the plane, as sRGB hex: class 0 and 1 are the palette's pair (red and green as on the
 * lecture slides, or orange and blue, safe for red-green colour blindness); classes 2–9 share eight more hues, with
 * the other palette's pair among them, so each of the {@value DataLimits#MAX_CLASSES} classes has its own colour.
 */
public enum Palette implements Named {
    RED_GREEN("red_green", "#e3262b", "#16a33a", "#1f63d6", "#f07f00"),
    BLUE_ORANGE("blue_orange", "#f07f00", "#1f63d6", "#e3262b", "#16a33a");

    private final String key;
    private final List<String> classColors;

    Palette(String key, String negative, String positive, String other1, String other2) {
        this.key = key;
        // classes 2–9: purple, yellow, teal, pink, the other palette's pair, brown, slate
        this.classColors = List.of(negative, positive, "#8e3fd1", "#e6c700", "#11a5a5", "#d6409f", other1, other2,
                "#8c5a2b", "#5f6b7a");
    }

    @Override public String key() { return key; }

    /** One colour per class, "#rrggbb", for classes 0 to {@value DataLimits#MAX_CLASSES} − 1. */
    public List<String> classColors() { return classColors; }

    public static Palette fromKey(String key) { return Named.parse(Palette.class, key, "palette"); }
}
