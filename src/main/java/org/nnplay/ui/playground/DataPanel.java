package org.nnplay.ui.playground;

import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.TilePane;
import javafx.scene.layout.VBox;
import org.nnplay.data.DataSets;
import org.nnplay.data.DatasetKind;
import org.nnplay.data.DatasetSpec;
import org.nnplay.experiment.DataSettings;
import org.nnplay.experiment.Experiment;
import org.nnplay.ui.plot.Palette;

/**
 * The left column: which data set (thumbnails of the built-in ones for the current problem type), the ratio of
 * training to test data, the noise, the class count where it applies, the seed with a "regenerate" button, and
 * hand-drawn points ({@link PointPanel}).
 */
final class DataPanel extends VBox {
    private final PlaygroundModel model;
    private final TilePane sets = new TilePane();
    private final ToggleGroup group = new ToggleGroup();
    private final Map<DatasetKind, ToggleButton> buttons = new EnumMap<>(DatasetKind.class);
    private final Map<DatasetKind, DatasetThumbnail> thumbnails = new EnumMap<>(DatasetKind.class);
    private final SliderField ratio;
    private final SliderField noise;
    private final Spinner<Integer> classes = new Spinner<>(DatasetSpec.MIN_BLOB_CLASSES, DatasetSpec.MAX_BLOB_CLASSES, 3);
    private final VBox classesBox;
    private final TextField seed = new TextField();
    private Palette palette;
    private boolean updating;

    DataPanel(PlaygroundModel model, PointTool tool, ControlRegistry controls) {
        this.model = model;
        getStyleClass().add("data-panel");
        Label title = new Label("DATA");
        title.getStyleClass().add("panel-title");
        sets.getStyleClass().add("dataset-tiles");
        sets.setPrefColumns(2);
        for (DatasetKind k : DatasetKind.values()) {
            DatasetThumbnail thumb = new DatasetThumbnail(k, 46);
            ToggleButton b = new ToggleButton(shortName(k), thumb);
            b.setId("dataset-" + k.key());
            b.getStyleClass().add("dataset-button");
            b.setContentDisplay(javafx.scene.control.ContentDisplay.TOP);
            b.setToggleGroup(group);
            b.setFocusTraversable(false);
            b.setTooltip(ChoiceField.tooltip(DataSets.title(new DatasetSpec(k, 100, 0, 50, 1,
                    DataSettings.defaultClasses(k)))));
            b.setOnAction(e -> pick(k));
            buttons.put(k, b);
            thumbnails.put(k, thumb);
        }
        ratio = new SliderField("train-ratio", "Training data", 10, 90, 10, v -> Math.round(v) + " %",
                v -> model.edit(e -> e.withData(d -> d.withTrainRatio(Math.round(v)))));
        noise = new SliderField("noise", "Noise", 0, 50, 5, v -> String.valueOf(Math.round(v)),
                v -> model.edit(e -> e.withData(d -> d.withNoise(Math.round(v)))));
        classes.setId("classes");
        classes.setPrefWidth(90);
        classes.valueProperty().addListener((o, was, now) -> {
            if (!updating && now != null) model.edit(e -> e.withData(d -> d.withClasses(now)));
        });
        Label classesCaption = new Label("Classes");
        classesCaption.getStyleClass().add("field-caption");
        classesBox = new VBox(classesCaption, classes);
        classesBox.getStyleClass().add("field");

        seed.setId("seed");
        seed.setPrefColumnCount(7);
        seed.setOnAction(e -> applySeed());
        seed.focusedProperty().addListener((o, was, now) -> { if (!now) applySeed(); });
        Button regenerate = Icons.button("regenerate", Icons.DICE, "Regenerate: new points from a new random seed");
        regenerate.setOnAction(e -> model.edit(x -> x.withSeed(ThreadLocalRandom.current().nextLong(1, 1_000_000))));
        Label seedCaption = new Label("Seed");
        seedCaption.getStyleClass().add("field-caption");
        HBox seedRow = new HBox(8, seed, regenerate);
        seedRow.setAlignment(Pos.CENTER_LEFT);
        HBox.setHgrow(seed, Priority.ALWAYS);
        VBox seedBox = new VBox(seedCaption, seedRow);
        seedBox.getStyleClass().add("field");

        getChildren().addAll(title, controls.register("datasets", "Data set picker", sets),
                controls.register("train-ratio", "Training / test ratio", ratio),
                controls.register("noise", "Noise", noise),
                controls.register("classes", "Number of classes", new VBox(classesBox)),
                controls.register("seed", "Seed and regenerate", seedBox),
                controls.register("draw-points", "Hand-drawn points", new PointPanel(model, tool)));
        model.experimentProperty().addListener((o, was, now) -> show(now));
        show(model.currentExperiment());
    }

    private void pick(DatasetKind k) {
        if (model.currentExperiment().data().dataset() != k || model.currentExperiment().data().fromCsv()) {
            model.edit(e -> e.withDataset(k));
        } else {
            buttons.get(k).setSelected(true);
        }
    }

    private void applySeed() {
        if (updating) return;
        try {
            long s = Long.parseLong(seed.getText().strip());
            model.edit(e -> e.withSeed(s));
        } catch (NumberFormatException bad) {
            model.say(Notice.warning("The seed must be a whole number, e.g. 42"));
            seed.setText(Long.toString(model.currentExperiment().seed()));
        }
    }

    private void show(Experiment e) {
        updating = true;
        try {
            DataSettings d = e.data();
            sets.getChildren().setAll(buttons.entrySet().stream().filter(en -> en.getKey().type() == d.problem())
                    .map(Map.Entry::getValue).toList());
            ToggleButton selected = d.fromCsv() ? null : buttons.get(d.dataset());
            group.selectToggle(selected);
            ratio.setValue(d.trainRatio());
            noise.setValue(d.noise());
            boolean multi = d.dataset() == DatasetKind.BLOBS && !d.fromCsv();
            classesBox.setVisible(multi);
            classesBox.setManaged(multi);
            classes.getValueFactory().setValue(d.classes());
            seed.setText(Long.toString(e.seed()));
            Palette p = e.view().palette() == org.nnplay.experiment.Palette.BLUE_ORANGE ? Palette.BLUE_ORANGE : Palette.RED_GREEN;
            if (p != palette) {
                palette = p;
                thumbnails.values().forEach(t -> t.paint(p));
            }
        } finally {
            updating = false;
        }
    }

    static String shortName(DatasetKind k) {
        return switch (k) {
            case CIRCLE -> "Circle";
            case XOR -> "XOR";
            case GAUSS -> "Gaussian";
            case SPIRAL -> "Spiral";
            case MOONS -> "Moons";
            case PASS -> "Pass?";
            case BLOBS -> "Blobs";
            case SPIRAL3 -> "3 spirals";
            case PLANE -> "Plane";
            case MULTI_GAUSS -> "Gaussians"; // "Multi-Gauss" does not fit under a thumbnail; the tooltip has the full name
        };
    }
}
