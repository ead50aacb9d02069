package org.nnplay.ui.playground;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.nnplay.experiment.link.Links;

/**
 * The window's start-up flags: {@code --open FILE.json} opens an experiment ({@code --open LINK} the experiment in an
 * {@code nnplay:} or TensorFlow Playground link, kept in {@code link}), {@code --lesson ID} a lesson preset,
 * {@code --play} starts training at once, {@code --frame-stats SECONDS} measures frame intervals for that long
 * (after {@code --warm-up SECONDS}, default 1), prints them and closes the window, {@code --presentation} starts in
 * presentation mode. Both {@code --flag value} and {@code --flag=value} are accepted.
 */
public record StartOptions(Path open, String lesson, boolean play, double frameStatsSeconds, boolean presentation,
                           double warmUpSeconds, String link) {
    /** The flags, as the launcher's usage lists them. */
    public static final Set<String> FLAGS = Set.of("--open", "--lesson", "--play", "--frame-stats", "--warm-up",
            "--presentation");
    public static final double DEFAULT_WARM_UP = 1;
    public static final StartOptions NONE = new StartOptions(null, null, false, 0, false, DEFAULT_WARM_UP);

    /** Options that open a file or nothing (no link). */
    public StartOptions(Path open, String lesson, boolean play, double frameStatsSeconds, boolean presentation,
                        double warmUpSeconds) {
        this(open, lesson, play, frameStatsSeconds, presentation, warmUpSeconds, null);
    }

    /** Parses the window's arguments; throws IllegalArgumentException with a one-line reason. */
    public static StartOptions parse(List<String> args) {
        Path open = null;
        String link = null;
        String lesson = null;
        boolean play = false;
        boolean presentation = false;
        double seconds = 0;
        double warmUp = DEFAULT_WARM_UP;
        for (int i = 0; i < args.size(); i++) {
            String a = args.get(i);
            String flag = a.contains("=") ? a.substring(0, a.indexOf('=')) : a;
            String inline = a.contains("=") ? a.substring(a.indexOf('=') + 1) : null;
            switch (flag) {
                case "--play" -> play = true;
                case "--presentation" -> presentation = true;
                case "--open", "--lesson", "--frame-stats", "--warm-up" -> {
                    String value = inline;
                    if (value == null) {
                        if (i + 1 >= args.size()) throw new IllegalArgumentException(flag + " needs a value");
                        value = args.get(++i);
                    }
                    switch (flag) {
                        case "--open" -> {
                            if (Links.opensAsLink(value)) link = value;
                            else open = Path.of(value);
                        }
                        case "--lesson" -> lesson = value;
                        case "--warm-up" -> warmUp = seconds(flag, value, 0);
                        default -> seconds = seconds(flag, value, Double.MIN_VALUE);
                    }
                }
                default -> throw new IllegalArgumentException("unknown option '" + a + "'");
            }
        }
        if ((open != null || link != null) && lesson != null) {
            throw new IllegalArgumentException("--open and --lesson exclude each other");
        }
        return new StartOptions(open, lesson, play, seconds, presentation, warmUp, link);
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
