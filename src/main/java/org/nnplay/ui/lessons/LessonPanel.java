package org.nnplay.ui.lessons;

import java.util.Locale;
import java.util.Objects;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.Region;
import org.nnplay.experiment.Lesson;

/**
 * The open lesson's explanation, as a strip above the stage: its scene and title, its two or three sentences and
 * what to look at, side by side. It stays while the lesson is open (no toast), folds to its title line with the
 * button at its left, and scales its type for presentation mode ({@link #setFontScale}). Every text wraps and the
 * strip grows to hold it: nothing is cut. With no lesson it is hidden and takes no room.
 * <p>
 * Uses the theme's colours ({@code -nn-bar}, {@code -nn-ink}, {@code -nn-muted}, {@code -nn-line},
 * {@code -nn-accent}), like every view of the window.
 */
public final class LessonPanel extends Region {
    /** Type size at font scale 1, in px. */
    static final double BASE_FONT = 14;
    private static final double GAP = 1.4;     // em between the two columns
    private static final double PAD_X = 0.7;   // em
    private static final double PAD_Y = 0.35;  // em
    private final Button toggle = new Button();
    private final Label title = new Label();
    private final Label description = new Label();
    private final Label look = new Label();
    private final BooleanProperty expanded = new SimpleBooleanProperty(this, "expanded", true);
    private Lesson lesson;
    private double fontScale = 1;

    public LessonPanel() {
        getStyleClass().add("lesson-panel");
        getStylesheets().add(Objects.requireNonNull(LessonPanel.class.getResource("lessons.css")).toExternalForm());
        setId("lesson-panel");
        toggle.setId("lesson-toggle");
        toggle.getStyleClass().add("lesson-toggle");
        toggle.setFocusTraversable(false);
        toggle.setOnAction(e -> expanded.set(!expanded.get()));
        title.setId("lesson-title");
        title.getStyleClass().add("lesson-title");
        description.setId("lesson-description");
        description.getStyleClass().add("lesson-text");
        look.setId("lesson-look");
        look.getStyleClass().add("lesson-look");
        for (Label l : new Label[] {title, description, look}) {
            l.setWrapText(true);
            l.setMinHeight(USE_PREF_SIZE);
        }
        expanded.addListener((o, was, now) -> showExpanded());
        getChildren().addAll(toggle, title, description, look);
        showFont();
        showExpanded();
        setLesson(null);
    }

    /** Shows {@code l}'s explanation, expanded; null hides the panel (it then takes no room). */
    public void setLesson(Lesson l) {
        lesson = l;
        boolean any = l != null;
        setVisible(any);
        setManaged(any);
        if (!any) return;
        title.setText("Scene " + l.scene() + " · " + l.title());
        description.setText(l.description());
        look.setText("Look: " + l.look());
        expanded.set(true);
        requestLayout();
    }

    public Lesson getLesson() { return lesson; }

    /** 1 in the normal window; presentation mode passes its factor (1.3–2) so the text reads from the back row. */
    public void setFontScale(double s) {
        double v = Math.clamp(s, 0.5, 4);
        if (v != fontScale) {
            fontScale = v;
            showFont();
        }
    }

    public double getFontScale() { return fontScale; }

    /** Expanded: title, explanation and what to look at; folded: the title line alone. */
    public BooleanProperty expandedProperty() { return expanded; }

    public boolean isExpanded() { return expanded.get(); }

    public void setExpanded(boolean e) { expanded.set(e); }

    private void showFont() {
        setStyle(String.format(Locale.ROOT, "-fx-font-size: %.1fpx;", BASE_FONT * fontScale));
        requestLayout();
    }

    private void showExpanded() {
        boolean e = expanded.get();
        toggle.setText(e ? "▾" : "▸");
        toggle.setTooltip(new Tooltip(e ? "Fold the lesson to its title" : "Show the lesson's explanation"));
        description.setVisible(e);
        look.setVisible(e);
        pseudoClassStateChanged(javafx.css.PseudoClass.getPseudoClass("folded"), !e);
        requestLayout();
    }

    private double em() { return BASE_FONT * fontScale; }

    /** x of the text, right of the toggle. */
    private double textLeft() { return snappedLeftInset() + PAD_X * em() + toggle.prefWidth(-1) + 0.6 * em(); }

    /** Narrower than this many ems, the explanation and "look" stack in one column (a side column, a small window). */
    static final double STACK_BELOW = 36;

    private boolean stacked(double width) { return width < STACK_BELOW * em(); }

    /** The widths of the explanation's column and of the "look" column, for a panel {@code width} wide. */
    private double[] columns(double width) {
        double room = Math.max(1, width - textLeft() - snappedRightInset() - PAD_X * em() - GAP * em());
        double left = Math.floor(room * 0.6);
        return new double[] {left, room - left};
    }

    @Override protected void layoutChildren() {
        double w = getWidth();
        double top = snappedTopInset() + PAD_Y * em();
        double x = textLeft();
        double tw = toggle.prefWidth(-1);
        double th = toggle.prefHeight(-1);
        double[] c = columns(w);
        if (!expanded.get()) {
            double titleW = w - x - snappedRightInset() - PAD_X * em();
            double h = title.prefHeight(titleW);
            title.resizeRelocate(x, top, titleW, h);
            toggle.resizeRelocate(snappedLeftInset() + PAD_X * em(), top + (h - th) / 2, tw, th);
            return;
        }
        if (stacked(w)) {
            double cw = Math.max(1, w - x - snappedRightInset() - PAD_X * em());
            double y = top;
            double h = title.prefHeight(cw);
            title.resizeRelocate(x, y, cw, h);
            toggle.resizeRelocate(snappedLeftInset() + PAD_X * em(), y + (Math.min(h, th * 1.5) - th) / 2, tw, th);
            y += h + 0.3 * em();
            h = description.prefHeight(cw);
            description.resizeRelocate(x, y, cw, h);
            y += h + 0.5 * em();
            look.resizeRelocate(x, y, cw, look.prefHeight(cw));
            return;
        }
        double titleH = title.prefHeight(c[0]);
        title.resizeRelocate(x, top, c[0], titleH);
        toggle.resizeRelocate(snappedLeftInset() + PAD_X * em(), top + (titleH - th) / 2, tw, th);
        double dy = top + titleH + 0.1 * em();
        description.resizeRelocate(x, dy, c[0], description.prefHeight(c[0]));
        double lx = x + c[0] + GAP * em();
        look.resizeRelocate(lx, top, c[1], look.prefHeight(c[1]));
    }

    @Override protected double computePrefHeight(double width) {
        double w = width > 0 ? width : computePrefWidth(-1);
        double pad = snappedTopInset() + snappedBottomInset() + 2 * PAD_Y * em();
        if (!expanded.get()) {
            double titleW = w - textLeft() - snappedRightInset() - PAD_X * em();
            return pad + Math.max(toggle.prefHeight(-1), title.prefHeight(titleW));
        }
        if (stacked(w)) {
            double cw = Math.max(1, w - textLeft() - snappedRightInset() - PAD_X * em());
            return pad + title.prefHeight(cw) + 0.3 * em() + description.prefHeight(cw) + 0.5 * em() + look.prefHeight(cw);
        }
        double[] c = columns(w);
        double left = title.prefHeight(c[0]) + 0.1 * em() + description.prefHeight(c[0]);
        return pad + Math.max(left, look.prefHeight(c[1]));
    }

    @Override protected double computeMinHeight(double width) { return computePrefHeight(width); }

    @Override protected double computePrefWidth(double height) { return 1280; }

    @Override protected double computeMinWidth(double height) { return 120; }

    @Override public javafx.geometry.Orientation getContentBias() { return javafx.geometry.Orientation.HORIZONTAL; }

    /** The explanation's label, for tests. */
    Label descriptionLabel() { return description; }

    Label lookLabel() { return look; }

    Label titleLabel() { return title; }

    Insets padding() { return getPadding(); }
}
