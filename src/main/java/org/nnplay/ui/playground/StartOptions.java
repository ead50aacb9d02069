package org.nnplay.ui.playground;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.stream.Collectors;
import org.nnplay.experiment.StageView;
import org.nnplay.experiment.link.Links;

/**
 * The window's start-up flags, one line each in {@link #TABLE}: {@code --open FILE.json} opens an experiment
 * ({@code --open LINK} the experiment in an {@code nnplay:} or TensorFlow Playground link, kept in {@code link}),
 * {@code --lesson ID} a lesson preset, {@code --play} starts training at once, {@code --frame-stats SECONDS} measures
 * frame intervals for that long (after {@code --warm-up SECONDS}, default 1), prints them and closes the window,
 * {@code --presentation} starts in presentation mode, {@code --view boundary|curves|landscape|builder|compare|normal}
 * puts that view on the stage, and {@code --print-layout} prints where each main view is once the window is laid out,
 * then exits ({@link LayoutReport}). Both {@code --flag value} and {@code --flag=value} are accepted. Parsing needs
 * no display, so the launcher refuses bad flags (exit 2) before any window is opened.
 */
public record StartOptions(Path open, String lesson, boolean play, double frameStatsSeconds, boolean presentation,
                           double warmUpSeconds, StageView view, boolean printLayout, String link) {
    public static final double DEFAULT_WARM_UP = 1;
    public static final StartOptions NONE = new StartOptions(null, null, false, 0, false, DEFAULT_WARM_UP, null, false);

    /** Options that open a file or nothing (no link). */
    public StartOptions(Path open, String lesson, boolean play, double frameStatsSeconds, boolean presentation,
                        double warmUpSeconds, StageView view, boolean printLayout) {
        this(open, lesson, play, frameStatsSeconds, presentation, warmUpSeconds, view, printLayout, null);
    }

    /** One flag: its name, the word for its value (null for a switch), what it does, and what it sets. */
    private record Flag(String name, String value, String help, BiConsumer<Builder, String> set) {}

    private static final List<Flag> TABLE = List.of(
            new Flag("--open", "FILE.json", "open an experiment file, or a link (nnplay: or TensorFlow Playground)",
                    (b, v) -> {
                        if (Links.opensAsLink(v)) b.link = v;
                        else b.open = path(v);
                    }),
            new Flag("--lesson", "ID", "open a lesson preset", (b, v) -> b.lesson = v),
            new Flag("--play", null, "start training at once", (b, v) -> b.play = true),
            new Flag("--presentation", null, "start in presentation mode", (b, v) -> b.presentation = true),
            new Flag("--frame-stats", "SECONDS", "measure frame intervals for that long, print them and close",
                    (b, v) -> b.frameStats = seconds("--frame-stats", v, Double.MIN_VALUE)),
            new Flag("--warm-up", "SECONDS", "seconds before --frame-stats measures (default 1)",
                    (b, v) -> b.warmUp = seconds("--warm-up", v, 0)),
            new Flag("--view", "VIEW", "put a view on the stage: " + views(), (b, v) -> b.view = view(v)),
            new Flag("--print-layout", null, "print where each main view is, then close", (b, v) -> b.printLayout = true));

    /** The flags, as the launcher's usage lists them. */
    public static final Set<String> FLAGS = TABLE.stream().map(Flag::name).collect(Collectors.toUnmodifiableSet());

    /** The options being parsed. */
    private static final class Builder {
        Path open;
        String link;
        String lesson;
        boolean play;
        boolean presentation;
        double frameStats;
        double warmUp = DEFAULT_WARM_UP;
        StageView view;
        boolean printLayout;

        StartOptions build() {
            if ((open != null || link != null) && lesson != null) {
                throw new IllegalArgumentException("--open and --lesson exclude each other: give one of them");
            }
            if (lesson != null) checkLesson(lesson);
            return new StartOptions(open, lesson, play, frameStats, presentation, warmUp, view, printLayout, link);
        }
    }

    /** The same options with another view on the stage. */
    public StartOptions withView(StageView v) {
        return new StartOptions(open, lesson, play, frameStatsSeconds, presentation, warmUpSeconds, v, printLayout, link);
    }

    /** Parses the window's arguments; throws IllegalArgumentException with a one-line reason. */
    public static StartOptions parse(List<String> args) {
        Builder b = new Builder();
        Set<String> seen = new LinkedHashSet<>();
        for (int i = 0; i < args.size(); i++) {
            String a = args.get(i);
            int eq = a.indexOf('=');
            String name = a.startsWith("--") && eq > 2 ? a.substring(0, eq) : a;
            String inline = name.length() < a.length() ? a.substring(eq + 1) : null;
            Flag flag = TABLE.stream().filter(f -> f.name().equals(name)).findFirst()
                    .orElseThrow(() -> new IllegalArgumentException("unknown option '" + shown(a) + "'"));
            if (!seen.add(name)) throw new IllegalArgumentException(name + " is given twice");
            String value = inline;
            if (flag.value() == null) {
                if (inline != null) throw new IllegalArgumentException(name + " takes no value");
            } else if (value == null) {
                if (i + 1 >= args.size() || args.get(i + 1).startsWith("--")) {
                    throw new IllegalArgumentException(name + " needs a value: " + name + " " + flag.value());
                }
                value = args.get(++i);
            }
            flag.set().accept(b, value);
        }
        return b.build();
    }

    /** One line per flag for the launcher's usage: {@code --open FILE.json   open an experiment file}. */
    public static List<String> usage() {
        return TABLE.stream().map(f -> String.format(Locale.ROOT, "%-24s %s",
                f.name() + (f.value() == null ? "" : " " + f.value()), f.help())).toList();
    }

    /** An unknown lesson is refused with the list of the known ones (a window lesson opens over the defaults). */
    private static void checkLesson(String id) {
        org.nnplay.experiment.Lessons.get(id);
    }

    /** The views {@code --view} takes (the normal layout is "normal"). */
    static String views() {
        return Arrays.stream(StageView.values()).map(StageView::key).collect(Collectors.joining(", "));
    }

    private static StageView view(String value) {
        for (StageView v : StageView.values()) if (v.key().equals(value)) return v;
        throw new IllegalArgumentException("--view '" + shown(value) + "' is not a view: use one of " + views());
    }

    private static Path path(String value) {
        try {
            return Path.of(value);
        } catch (InvalidPathException e) {
            throw new IllegalArgumentException("--open: '" + shown(value) + "' is not a valid file name");
        }
    }

    private static double seconds(String flag, String value, double least) {
        try {
            double s = Double.parseDouble(value);
            if (!(s >= least && s <= 3600)) throw new NumberFormatException();
            return s;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(flag + " needs a number of seconds " + (least > 0 ? "above 0" : "from 0")
                    + " to 3600, got '" + shown(value) + "'");
        }
    }

    private static String shown(String s) {
        return org.nnplay.io.SafeText.shown(s, 60);
    }

    public boolean measuresFrames() { return frameStatsSeconds > 0; }
}
