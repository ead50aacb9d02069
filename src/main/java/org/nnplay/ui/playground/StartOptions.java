package org.nnplay.ui.playground;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.nnplay.experiment.StageView;

/**
 * The window's start-up flags: {@code --open FILE.json} opens an experiment, {@code --lesson ID} a lesson preset,
 * {@code --play} starts training at once, {@code --frame-stats SECONDS} measures frame intervals for that long
 * (after {@code --warm-up SECONDS}, default 1), prints them and closes the window, {@code --presentation} starts in
 * presentation mode, {@code --view boundary|curves|landscape|builder|compare|normal} puts that view on the stage, and
 * {@code --print-layout} prints where each main view is once the window is laid out, then exits
 * ({@link LayoutReport}). Both {@code --flag value} and {@code --flag=value} are accepted.
 */
public record StartOptions(Path open, String lesson, boolean play, double frameStatsSeconds, boolean presentation,
                           double warmUpSeconds, StageView view, boolean printLayout) {
    /** The flags, as the launcher's usage lists them. */
    public static final Set<String> FLAGS = Set.of("--open", "--lesson", "--play", "--frame-stats", "--warm-up",
            "--presentation", "--view", "--print-layout");
    public static final double DEFAULT_WARM_UP = 1;
    public static final StartOptions NONE = new StartOptions(null, null, false, 0, false, DEFAULT_WARM_UP, null, false);

    /** The same options with another view on the stage. */
    public StartOptions withView(StageView v) {
        return new StartOptions(open, lesson, play, frameStatsSeconds, presentation, warmUpSeconds, v, printLayout);
    }

    /** Parses the window's arguments; throws IllegalArgumentException with a one-line reason. */
    public static StartOptions parse(List<String> args) {
        Path open = null;
        String lesson = null;
        boolean play = false;
        boolean presentation = false;
        boolean printLayout = false;
        StageView view = null;
        double seconds = 0;
        double warmUp = DEFAULT_WARM_UP;
        for (int i = 0; i < args.size(); i++) {
            String a = args.get(i);
            String flag = a.contains("=") ? a.substring(0, a.indexOf('=')) : a;
            String inline = a.contains("=") ? a.substring(a.indexOf('=') + 1) : null;
            switch (flag) {
                case "--play" -> play = true;
                case "--presentation" -> presentation = true;
                case "--print-layout" -> printLayout = true;
                case "--open", "--lesson", "--frame-stats", "--warm-up", "--view" -> {
                    String value = inline;
                    if (value == null) {
                        if (i + 1 >= args.size()) throw new IllegalArgumentException(flag + " needs a value");
                        value = args.get(++i);
                    }
                    switch (flag) {
                        case "--open" -> open = Path.of(value);
                        case "--lesson" -> lesson = value;
                        case "--view" -> view = view(value);
                        case "--warm-up" -> warmUp = seconds(flag, value, 0);
                        default -> seconds = seconds(flag, value, Double.MIN_VALUE);
                    }
                }
                default -> throw new IllegalArgumentException("unknown option '" + a + "'");
            }
        }
        if (open != null && lesson != null) throw new IllegalArgumentException("--open and --lesson exclude each other");
        return new StartOptions(open, lesson, play, seconds, presentation, warmUp, view, printLayout);
    }

    /** The views {@code --view} takes (the normal layout is "normal"). */
    static final String VIEWS = java.util.Arrays.stream(StageView.values()).map(StageView::key)
            .collect(java.util.stream.Collectors.joining(", "));

    private static StageView view(String value) {
        for (StageView v : StageView.values()) if (v.key().equals(value)) return v;
        throw new IllegalArgumentException("--view '" + value + "' is not a view: use one of " + VIEWS);
    }

    private static double seconds(String flag, String value, double least) {
        try {
            double s = Double.parseDouble(value);
            if (!(s >= least && s <= 3600)) throw new NumberFormatException();
            return s;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(flag + " needs a number of seconds between 0 and 3600, got '" + value + "'");
        }
    }

    public boolean measuresFrames() { return frameStatsSeconds > 0; }
}
