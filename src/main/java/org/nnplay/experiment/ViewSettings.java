package org.nnplay.experiment;

import java.util.List;

/**
 * How the experiment is shown. {@code gridResolution} is the number of heat-map cells per side;
 * {@code hiddenControls} names the controls hidden in classroom mode; {@code presentation} enlarges everything
 * for a projector. {@code stage} is the view that has the whole stage ({@link StageView#NORMAL}: all of them at their
 * share). {@code barControls} names the settings (control ids, as in {@code hiddenControls}) the top bar keeps in
 * presentation mode besides the run buttons and the epoch counter; empty means the default few. {@code landscapeMode}
 * is what the loss landscape shows (a lesson about the optimizer's path opens it on the path). {@code lesson} is the
 * id of the lesson preset the experiment came from (its explanation is shown beside the views), or null.
 */
public record ViewSettings(int gridResolution, boolean showTest, boolean discretize, Palette palette, Theme theme,
                           boolean presentation, List<String> hiddenControls, CurveScale curveScale, StageView stage,
                           List<String> barControls, LandscapeMode landscapeMode, String lesson) {
    public static final Range GRID_RESOLUTION = Range.closed(10, 400);
    public static final int MAX_HIDDEN_CONTROLS = 200;
    public static final int MAX_BAR_CONTROLS = 12;

    public static final ViewSettings DEFAULTS = new ViewSettings(100, false, false, Palette.RED_GREEN, Theme.LIGHT,
            false, List.of(), CurveScale.LINEAR, StageView.NORMAL, List.of(), LandscapeMode.AROUND, null);

    public ViewSettings {
        GRID_RESOLUTION.check("gridResolution", gridResolution);
        Checks.notNull("palette", palette);
        Checks.notNull("theme", theme);
        hiddenControls = Checks.list("hiddenControls", hiddenControls, 0, MAX_HIDDEN_CONTROLS);
        for (int i = 0; i < hiddenControls.size(); i++) {
            Checks.text("hiddenControls[" + i + "]", hiddenControls.get(i), 200);
        }
        Checks.notNull("curveScale", curveScale);
        Checks.notNull("stage", stage);
        barControls = Checks.list("barControls", barControls, 0, MAX_BAR_CONTROLS);
        for (int i = 0; i < barControls.size(); i++) {
            Checks.text("barControls[" + i + "]", barControls.get(i), 200);
        }
        Checks.notNull("landscapeMode", landscapeMode);
        if (lesson != null) {
            Checks.text("lesson", lesson, 200);
        }
    }

    public ViewSettings withGridResolution(int v) { return toBuilder().gridResolution(v).build(); }

    public ViewSettings withShowTest(boolean v) { return toBuilder().showTest(v).build(); }

    public ViewSettings withDiscretize(boolean v) { return toBuilder().discretize(v).build(); }

    public ViewSettings withPalette(Palette v) { return toBuilder().palette(v).build(); }

    public ViewSettings withTheme(Theme v) { return toBuilder().theme(v).build(); }

    public ViewSettings withPresentation(boolean v) { return toBuilder().presentation(v).build(); }

    public ViewSettings withHiddenControls(List<String> v) { return toBuilder().hiddenControls(v).build(); }

    public ViewSettings withCurveScale(CurveScale v) { return toBuilder().curveScale(v).build(); }

    public ViewSettings withStage(StageView v) { return toBuilder().stage(v).build(); }

    public ViewSettings withBarControls(List<String> v) { return toBuilder().barControls(v).build(); }

    public ViewSettings withLandscapeMode(LandscapeMode v) { return toBuilder().landscapeMode(v).build(); }

    public ViewSettings withLesson(String v) { return toBuilder().lesson(v).build(); }

    public Builder toBuilder() { return new Builder(this); }

    public static Builder builder() { return DEFAULTS.toBuilder(); }

    /** Mutable helper for changing several settings at once; {@link #build()} validates. */
    public static final class Builder {
        private int gridResolution;
        private boolean showTest;
        private boolean discretize;
        private Palette palette;
        private Theme theme;
        private boolean presentation;
        private List<String> hiddenControls;
        private CurveScale curveScale;
        private StageView stage;
        private List<String> barControls;
        private LandscapeMode landscapeMode;
        private String lesson;

        private Builder(ViewSettings v) {
            gridResolution = v.gridResolution;
            showTest = v.showTest;
            discretize = v.discretize;
            palette = v.palette;
            theme = v.theme;
            presentation = v.presentation;
            hiddenControls = v.hiddenControls;
            curveScale = v.curveScale;
            stage = v.stage;
            barControls = v.barControls;
            landscapeMode = v.landscapeMode;
            lesson = v.lesson;
        }

        public Builder gridResolution(int v) { gridResolution = v; return this; }
        public Builder showTest(boolean v) { showTest = v; return this; }
        public Builder discretize(boolean v) { discretize = v; return this; }
        public Builder palette(Palette v) { palette = v; return this; }
        public Builder theme(Theme v) { theme = v; return this; }
        public Builder presentation(boolean v) { presentation = v; return this; }
        public Builder hiddenControls(List<String> v) { hiddenControls = v; return this; }
        public Builder curveScale(CurveScale v) { curveScale = v; return this; }
        public Builder stage(StageView v) { stage = v; return this; }
        public Builder barControls(List<String> v) { barControls = v; return this; }
        public Builder landscapeMode(LandscapeMode v) { landscapeMode = v; return this; }
        public Builder lesson(String v) { lesson = v; return this; }

        public ViewSettings build() {
            return new ViewSettings(gridResolution, showTest, discretize, palette, theme, presentation, hiddenControls,
                    curveScale, stage, barControls, landscapeMode, lesson);
        }
    }
}
