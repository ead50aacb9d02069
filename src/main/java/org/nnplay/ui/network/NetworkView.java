package org.nnplay.ui.network;

import java.util.List;
import java.util.Objects;
import javafx.scene.Cursor;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.control.Label;
import javafx.scene.image.PixelWriter;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.Region;
import org.nnplay.data.Domain;
import org.nnplay.data.Feature;
import org.nnplay.data.ProblemType;
import org.nnplay.engine.UnaryFn;
import org.nnplay.engine.nn.Head;
import org.nnplay.engine.nn.Weights;
import org.nnplay.experiment.Experiment;
import org.nnplay.training.ExperimentMapping;
import org.nnplay.training.Snapshot;
import org.nnplay.ui.network.NetworkLayout.Box;
import org.nnplay.ui.network.NetworkLayout.LinkRef;
import org.nnplay.ui.network.NetworkLayout.NeuronRef;

/**
 * The network builder: feature tiles on the left, hidden layers with their controls, the output on the right; links
 * coloured by sign and as thick as the weight, every neuron a thumbnail of its output over the plane. Hover a link
 * or a bias marker to read it, click it to type a new value. All edits go to the {@link NetworkEditor}; the view
 * shows what {@link #setExperiment} and {@link #setSnapshot} give it. FX thread only.
 * <p>
 * {@link #setSnapshot} is meant to be called every frame while training: it does nothing unless the snapshot's
 * sequence changed, and then redraws the canvas into reused buffers. Weights or grids that do not fit the current
 * architecture (a snapshot from before an edit) are drawn as "not trained yet".
 */
public final class NetworkView extends Region {
    private static final double BASE_FONT = 13;

    private final Canvas canvas = new Canvas();
    private final PixelWriter pixels = canvas.getGraphicsContext2D().getPixelWriter();
    private final NeuronPainter neurons = new NeuronPainter();
    private final LinkPainter links = new LinkPainter();
    private final WeightEditor weightEditor = new WeightEditor();
    private final FeatureTiles tiles = new FeatureTiles(this::editor);
    private final LayerControls controls = new LayerControls(this::editor);
    private final Label hoverLabel = label("hover-label", "");
    private final Label featuresCaption = label("caption", "FEATURES");
    private final Label outputCaption = label("caption", "OUTPUT");
    private NetworkEditor editor = new NetworkEditor() {};
    private Experiment experiment;
    private Weights typedWeights;
    private List<String> inputLabels;
    private NetworkLayout.Shape shape;
    private NetworkLayout layout;
    private Snapshot snapshot;
    private long drawnSequence = Long.MIN_VALUE;
    private ColorScale colorScale = ColorScale.RED_GREEN;
    private Domain domain = Domain.square(6);
    private double scale = 1, fitted = 1, outputGain = 2, outputOffset = -1;
    private LinkRef hoverLink;
    private NeuronRef hoverBias, hoverNeuron;

    public NetworkView() {
        getStyleClass().add("network-view");
        getStylesheets().add(Objects.requireNonNull(NetworkView.class.getResource("network-view.css")).toExternalForm());
        hoverLabel.setManaged(false);
        hoverLabel.setVisible(false);
        hoverLabel.setMouseTransparent(true);
        canvas.setOnMouseMoved(this::hover);
        canvas.setOnMouseExited(e -> hover(null));
        canvas.setOnMouseClicked(this::click);
        tiles.paint(domain, colorScale);
        setScale(1);
        setExperiment(Experiment.defaults());
    }

    /** Where edits go (none by default). */
    public void setEditor(NetworkEditor editor) { this.editor = Objects.requireNonNull(editor); }

    NetworkEditor editor() { return editor; }

    /** Shows an experiment's architecture: its features, hidden widths and activations, and its output width. */
    public void setExperiment(Experiment e) {
        experiment = Objects.requireNonNull(e);
        List<Feature> inputs = e.features().inputs();
        typedWeights = ExperimentMapping.weights(e.weights());
        inputLabels = inputs.stream().map(Feature::label).toList();
        shape = new NetworkLayout.Shape(Feature.values().length, inputs.stream().mapToInt(Enum::ordinal).toArray(),
                e.network().hidden(), e.outputs());
        UnaryFn out = new Head(e.training().loss(), e.data().problem() == ProblemType.REGRESSION).outputFn();
        boolean probability = out == null || out == UnaryFn.SIGMOID;
        outputGain = probability ? 2 : 1;
        outputOffset = probability ? -1 : 0;
        tiles.setInputs(inputs);
        controls.set(e.network());
        weightEditor.close();
        hoverLink = null;
        hoverBias = null;
        hoverNeuron = null;
        hoverLabel.setVisible(false);
        getChildren().setAll(canvas, featuresCaption, outputCaption);
        getChildren().addAll(tiles.nodes());
        getChildren().addAll(controls.nodes());
        getChildren().addAll(hoverLabel, weightEditor.node());
        layout = null;
        requestLayout();
    }

    /** Shows a snapshot's weights and neuron outputs; cheap when the sequence has not changed. Null clears. */
    public void setSnapshot(Snapshot s) {
        snapshot = s;
        long seq = s == null ? Long.MIN_VALUE : s.sequence();
        if (seq != drawnSequence) {
            redraw();
        }
    }

    public void setColorScale(ColorScale c) {
        colorScale = Objects.requireNonNull(c);
        tiles.paint(domain, c);
        redraw();
    }

    public ColorScale getColorScale() { return colorScale; }

    /** Dark paper and light ink (the dark theme), or the light look. */
    public void setDark(boolean dark) {
        if (dark == isDark()) {
            return;
        }
        if (dark) {
            getStyleClass().add("dark");
        } else {
            getStyleClass().remove("dark");
        }
        Ink ink = dark ? Ink.DARK : Ink.LIGHT;
        links.setInk(ink);
        neurons.setInk(ink);
        redraw();
    }

    public boolean isDark() { return getStyleClass().contains("dark"); }

    /** The plane the feature tiles show (the data set's domain); the playground's [-6, 6]² by default. */
    public void setDomain(Domain d) {
        domain = Objects.requireNonNull(d);
        tiles.paint(domain, colorScale);
    }

    /** Presentation mode: 1 is normal, 1.5 makes fonts, nodes and lines half as large again. */
    public void setScale(double s) {
        if (!(s >= 0.5 && s <= 4)) {
            throw new IllegalArgumentException("scale must be in [0.5, 4]: " + s);
        }
        scale = s;
        fit(s);
        layout = null;
        requestLayout();
    }

    public double getScale() { return scale; }

    NetworkLayout currentLayout() { return layout; }

    Canvas canvas() { return canvas; }

    /** The scale the builder is drawn at: the one asked for, or less (not under 1) when the room is too small for it. */
    public double getFittedScale() { return fitted; }

    private void fit(double s) {
        fitted = s;
        setStyle("-fx-font-size: " + BASE_FONT * s + "px;");
    }

    /** The largest scale from {@link #scale} down to 1, in steps of 0.05, whose minimum size fits w × h. */
    private double fittingScale(double w, double h) {
        for (double s = scale; s > 1; s -= 0.05) {
            NetworkLayout probe = new NetworkLayout(shape, 0, 0, s);
            if (probe.minWidth() <= w && probe.minHeight() <= h) {
                return s;
            }
        }
        return Math.min(1, scale);
    }

    private double smallest() { return Math.min(1, scale); }

    @Override protected double computeMinWidth(double h) { return new NetworkLayout(shape, 0, 0, smallest()).minWidth(); }

    @Override protected double computeMinHeight(double w) { return new NetworkLayout(shape, 0, 0, smallest()).minHeight(); }

    @Override protected double computePrefWidth(double h) { return Math.max(computeMinWidth(h), 860 * scale); }

    @Override protected double computePrefHeight(double w) { return Math.max(computeMinHeight(w), 620 * scale); }

    @Override protected void layoutChildren() {
        double w = snapSizeX(getWidth()), h = snapSizeY(getHeight());
        if (layout != null && layout.width() == w && layout.height() == h) {
            return;
        }
        double s = fittingScale(w, h);
        if (s != fitted) {
            fit(s);
            applyCss(); // the new type size now, so the captions and the bar below are measured in it
        }
        layout = new NetworkLayout(shape, w, h, fitted);
        canvas.setWidth(w);
        canvas.setHeight(h);
        tiles.layout(layout, BASE_FONT * fitted);
        double fx = layout.tile(0).x() - layout.labelWidth(), fw = layout.labelWidth() + layout.tile(0).size();
        place(featuresCaption, fx, fw);
        Box out = layout.neuron(shape.neuronLayers() - 1, 0);
        double ow = Math.max(out.size() + 40 * fitted, 90 * fitted);
        double ox = Math.min(w - ow, out.cx() - ow / 2);
        place(outputCaption, ox, ow);
        // the add/remove-layer bar keeps clear of both captions' text (they are centred in their boxes)
        double featuresEnd = fx + (fw + featuresCaption.prefWidth(-1)) / 2;
        double outputStart = ox + (ow - outputCaption.prefWidth(-1)) / 2;
        controls.layout(layout, featuresEnd + 8 * fitted, outputStart - 8 * fitted);
        redraw();
    }

    /** The FEATURES and OUTPUT captions sit in the top row, level with the add/remove-layer bar. */
    private void place(Label caption, double x, double width) {
        double h = caption.prefHeight(width);
        caption.resizeRelocate(x, layout.topBarY() + (layout.topBarHeight() - h) / 2, width, h);
    }

    private void redraw() {
        if (layout == null) {
            return;
        }
        GraphicsContext g = canvas.getGraphicsContext2D();
        g.clearRect(0, 0, canvas.getWidth(), canvas.getHeight());
        Weights weights = weights();
        links.paintLinks(g, layout, weights, colorScale, hoverLink);
        neurons.paint(g, pixels, layout, snapshot, outputGain, outputOffset, colorScale, hoverNeuron);
        links.paintBiases(g, layout, weights, colorScale, hoverBias);
        drawnSequence = snapshot == null ? Long.MIN_VALUE : snapshot.sequence();
        if (hoverLink != null || hoverBias != null) {
            hoverLabel.setText(hoverText());
        }
    }

    /** The snapshot's weights if they fit the architecture, else the experiment's, else null. */
    private Weights weights() {
        Weights w = snapshot == null ? null : snapshot.weights();
        if (LinkPainter.fits(w, shape)) {
            return w;
        }
        return LinkPainter.fits(typedWeights, shape) ? typedWeights : null;
    }

    private void hover(MouseEvent e) {
        NeuronRef bias = null, neuron = null;
        LinkRef link = null;
        if (e != null && layout != null && !weightEditor.isOpen()) {
            bias = layout.biasAt(e.getX(), e.getY());
            neuron = bias == null ? layout.neuronAt(e.getX(), e.getY()) : null;
            link = bias == null && neuron == null ? layout.linkAt(e.getX(), e.getY()) : null;
        }
        if (!Objects.equals(neuron, hoverNeuron)) {
            if (neuron != null) {
                editor.hoverNeuron(neuron.layer(), neuron.neuron());
            } else {
                editor.hoverEnd();
            }
        }
        boolean changed = !Objects.equals(bias, hoverBias) || !Objects.equals(link, hoverLink)
                || !Objects.equals(neuron, hoverNeuron);
        hoverBias = bias;
        hoverLink = link;
        hoverNeuron = neuron;
        canvas.setCursor(bias != null || link != null ? Cursor.HAND : Cursor.DEFAULT);
        if (changed) {
            redraw();
            hoverLabel.setText(hoverText());
        }
        hoverLabel.setVisible(e != null && (bias != null || link != null || neuron != null));
        if (hoverLabel.isVisible()) {
            hoverLabel.autosize();
            double x = Math.min(e.getX() + 16 * fitted, getWidth() - hoverLabel.getWidth() - 4);
            double y = Math.min(e.getY() + 18 * fitted, getHeight() - hoverLabel.getHeight() - 4);
            hoverLabel.relocate(Math.max(0, x), Math.max(0, y));
        }
    }

    private String hoverText() {
        Weights w = weights();
        if (hoverLink != null) {
            LinkRef k = hoverLink;
            String v = w == null ? "w = –" : "w = " + WeightEditor.format(w.layers().get(k.layer()).weight(k.from(), k.to()));
            return v + ", from " + name(k.layer(), k.from()) + " to " + name(k.layer() + 1, k.to());
        }
        if (hoverBias != null) {
            NeuronRef b = hoverBias;
            String v = w == null ? "b = –" : "b = " + WeightEditor.format(w.layers().get(b.layer()).b()[b.neuron()]);
            return v + ", bias of " + name(b.layer() + 1, b.neuron());
        }
        if (hoverNeuron != null) {
            int l = hoverNeuron.layer();
            String act = l >= 1 && l <= shape.hidden().size()
                    ? " · " + LayerControls.displayName(experiment.network().activationOf(l - 1)) : "";
            return name(l, hoverNeuron.neuron()) + act;
        }
        return "";
    }

    private String name(int layer, int neuron) { return NetworkLayout.name(shape, inputLabels, layer, neuron); }

    private void click(MouseEvent e) {
        if (layout == null || weightEditor.isOpen() || !e.isStillSincePress()) {
            return;
        }
        NeuronRef bias = layout.biasAt(e.getX(), e.getY());
        LinkRef link = bias == null && layout.neuronAt(e.getX(), e.getY()) == null ? layout.linkAt(e.getX(), e.getY()) : null;
        Weights w = weights();
        if (bias != null) {
            double v = w == null ? 0 : w.layers().get(bias.layer()).b()[bias.neuron()];
            hover(null);
            weightEditor.open(e.getX() + 8, e.getY() + 8, getWidth(), getHeight(),
                    "Bias of " + name(bias.layer() + 1, bias.neuron()), v,
                    x -> editor.setBias(bias.layer(), bias.neuron(), x));
        } else if (link != null) {
            double v = w == null ? 0 : w.layers().get(link.layer()).weight(link.from(), link.to());
            hover(null);
            weightEditor.open(e.getX() + 8, e.getY() + 8, getWidth(), getHeight(),
                    "Weight " + name(link.layer(), link.from()) + " → " + name(link.layer() + 1, link.to()), v,
                    x -> editor.setWeight(link.layer(), link.from(), link.to(), x));
        }
    }

    private static Label label(String style, String text) {
        Label l = new Label(text);
        l.getStyleClass().add(style);
        return l;
    }
}
