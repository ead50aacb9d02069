package org.nnplay.ui.playground;

import java.util.List;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.Function;
import javafx.beans.value.ObservableValue;
import javafx.collections.FXCollections;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ListCell;
import javafx.util.StringConverter;
import org.controlsfx.control.PropertySheet;
import org.controlsfx.property.editor.AbstractPropertyEditor;
import org.controlsfx.property.editor.DefaultPropertyEditorFactory;
import org.controlsfx.property.editor.PropertyEditor;
import org.nnplay.engine.BackendKind;
import org.nnplay.engine.nn.InitKind;
import org.nnplay.engine.optim.ScheduleKind;
import org.nnplay.experiment.Experiment;
import org.nnplay.ui.Formulas;

/**
 * The settings that do not fit in the bar, as a ControlsFX property sheet grouped by category: optimizer details,
 * schedule, stopping, initialisation, dropout and batch norm, data size, backend. Each row reads the experiment
 * and edits it through the model; a value the experiment refuses (out of range while typing) is ignored. Choices
 * read with the course's names ({@link Formulas}), never a constant's code name.
 */
final class AdvancedSheet extends PropertySheet {
    AdvancedSheet(PlaygroundModel model) {
        setId("advanced-sheet");
        setMode(Mode.CATEGORY);
        setModeSwitcherVisible(false);
        setSearchBoxVisible(false);
        setPrefSize(460, 560);
        DefaultPropertyEditorFactory plain = new DefaultPropertyEditorFactory();
        setPropertyEditorFactory(item -> item.getType().isEnum() ? choice(item) : plain.call(item));
        getItems().setAll(List.of(
                item(model, "Optimizer", "Momentum μ", "SGD with momentum, Nesterov", Double.class,
                        e -> e.training().momentum(), (e, v) -> e.withTraining(t -> t.withMomentum(v))),
                item(model, "Optimizer", "β₁", "Adam's first-moment decay", Double.class,
                        e -> e.training().beta1(), (e, v) -> e.withTraining(t -> t.withBeta1(v))),
                item(model, "Optimizer", "β₂", "Adam's second-moment decay", Double.class,
                        e -> e.training().beta2(), (e, v) -> e.withTraining(t -> t.withBeta2(v))),
                item(model, "Optimizer", "ε", "Added to the denominator of adaptive optimizers", Double.class,
                        e -> e.training().epsilon(), (e, v) -> e.withTraining(t -> t.withEpsilon(v))),
                item(model, "Optimizer", "ρ", "RMSProp and Adadelta decay", Double.class,
                        e -> e.training().rho(), (e, v) -> e.withTraining(t -> t.withRho(v))),
                item(model, "Optimizer", "Weight decay", "AdamW's decoupled weight decay λ", Double.class,
                        e -> e.training().weightDecay(), (e, v) -> e.withTraining(t -> t.withWeightDecay(v))),
                item(model, "Optimizer", "Gradient clipping", "Largest gradient norm (0: none)", Double.class,
                        e -> e.training().clipNorm(), (e, v) -> e.withTraining(t -> t.withClipNorm(v))),
                item(model, "Regularisation", "Elastic-net L1 ratio α", "Share of L1 in the elastic-net penalty", Double.class,
                        e -> e.training().l1Ratio(), (e, v) -> e.withTraining(t -> t.withL1Ratio(v))),
                item(model, "Regularisation", "Dropout", "Probability of dropping a hidden neuron while training", Double.class,
                        e -> e.network().dropout(), (e, v) -> e.withNetwork(n -> n.withDropout(v))),
                item(model, "Regularisation", "Batch normalisation", "Normalise each hidden layer's inputs", Boolean.class,
                        e -> e.network().batchNorm(), (e, v) -> e.withNetwork(n -> n.withBatchNorm(v))),
                item(model, "Schedule", "Learning-rate schedule", "How the learning rate changes over the epochs", ScheduleKind.class,
                        e -> e.training().schedule().kind(), (e, v) -> e.withTraining(t -> t.withSchedule(t.schedule().withKind(v)))),
                item(model, "Schedule", "Decay factor γ", "Step and exponential decay", Double.class,
                        e -> e.training().schedule().gamma(), (e, v) -> e.withTraining(t -> t.withSchedule(t.schedule().withGamma(v)))),
                item(model, "Schedule", "Step size (epochs)", "Step decay: epochs between drops", Integer.class,
                        e -> e.training().schedule().stepSize(), (e, v) -> e.withTraining(t -> t.withSchedule(t.schedule().withStepSize(v)))),
                item(model, "Schedule", "Period (epochs)", "Cosine decay, warm restarts, linear decay: epochs of one period",
                        Integer.class, e -> e.training().schedule().period(),
                        (e, v) -> e.withTraining(t -> t.withSchedule(t.schedule().withPeriod(v)))),
                item(model, "Schedule", "Warm-up (epochs)", "Linear warm-up and inverse square root: epochs of warm-up",
                        Integer.class, e -> e.training().schedule().warmupEpochs(),
                        (e, v) -> e.withTraining(t -> t.withSchedule(t.schedule().withWarmupEpochs(v)))),
                item(model, "Schedule", "Least learning rate", "Where cosine and linear decay end", Double.class,
                        e -> e.training().schedule().minLr(),
                        (e, v) -> e.withTraining(t -> t.withSchedule(t.schedule().withMinLr(v)))),
                item(model, "Stopping", "Max epochs", "Stop after this many epochs (0: never)", Integer.class,
                        e -> e.training().maxEpochs(), (e, v) -> e.withTraining(t -> t.withMaxEpochs(v))),
                item(model, "Stopping", "Target loss", "Stop when the training loss is this low (0: never)", Double.class,
                        e -> e.training().targetLoss(), (e, v) -> e.withTraining(t -> t.withTargetLoss(v))),
                item(model, "Stopping", "Early stopping", "Stop when the test loss has not improved for a while; keep the best weights",
                        Boolean.class, e -> e.training().earlyStopping().enabled(),
                        (e, v) -> e.withTraining(t -> t.withEarlyStopping(t.earlyStopping().withEnabled(v)))),
                item(model, "Stopping", "Patience (epochs)", "How long early stopping waits", Integer.class,
                        e -> e.training().earlyStopping().patience(),
                        (e, v) -> e.withTraining(t -> t.withEarlyStopping(t.earlyStopping().withPatience(v)))),
                item(model, "Network", "Initialisation", "How the weights start", InitKind.class,
                        e -> e.network().init(), (e, v) -> e.withNetwork(n -> n.withInit(v))),
                item(model, "Network", "Initial scale", "Multiplies the initial weights", Double.class,
                        e -> e.network().initScale(), (e, v) -> e.withNetwork(n -> n.withInitScale(v))),
                item(model, "Network", "Leaky ReLU slope", "α in max(αx, x)", Double.class,
                        e -> e.network().leakySlope(), (e, v) -> e.withNetwork(n -> n.withLeakySlope(v))),
                item(model, "Data", "Points", "How many points the data set has", Integer.class,
                        e -> e.data().fromCsv() ? e.data().csvPoints().size() : e.data().samples(),
                        (e, v) -> e.withData(d -> d.withSamples(v))),
                item(model, "Data", "Standardise inputs", "Scale each input feature to mean 0 and variance 1", Boolean.class,
                        e -> e.features().standardize(), (e, v) -> e.withFeatures(f -> f.withStandardize(v))),
                item(model, "Experiment", "Name", "Saved with the experiment", String.class,
                        Experiment::name, Experiment::withName),
                item(model, "Experiment", "Backend", "auto: the faster of the two, measured on this machine for this network", BackendKind.class,
                        e -> e.training().backend(), (e, v) -> e.withTraining(t -> t.withBackend(v)))));
        model.experimentProperty().addListener((o, was, now) -> {
            if (!isFocusWithin()) getItems().setAll(List.copyOf(getItems()));
        });
    }

    private static <T> Item item(PlaygroundModel model, String category, String name, String description, Class<T> type,
                                 Function<Experiment, T> read, BiFunction<Experiment, T, Experiment> write) {
        return new Item() {
            @Override public Class<?> getType() { return type; }

            @Override public String getCategory() { return category; }

            @Override public String getName() { return name; }

            @Override public String getDescription() { return description; }

            @Override public Object getValue() { return read.apply(model.currentExperiment()); }

            @Override public void setValue(Object value) {
                if (value == null || value.equals(getValue())) return;
                T v = type.cast(convert(type, value));
                Experiment next;
                try {
                    next = write.apply(model.currentExperiment(), v);
                } catch (RuntimeException refused) {
                    return;
                }
                model.edit(e -> next);
            }

            @Override public Optional<ObservableValue<? extends Object>> getObservableValue() { return Optional.empty(); }
        };
    }

    /** A drop-down of an enum setting that shows each value's course name, with its formula as a tooltip. */
    private static PropertyEditor<?> choice(Item item) {
        ComboBox<Object> combo = new ComboBox<>(FXCollections.observableArrayList(item.getType().getEnumConstants()));
        combo.setId("advanced-" + item.getName().toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9]+", "-"));
        combo.setConverter(new StringConverter<>() {
            @Override public String toString(Object v) { return Formulas.name(v); }

            @Override public Object fromString(String s) { return null; }
        });
        combo.setCellFactory(v -> namedCell());
        combo.setButtonCell(namedCell());
        combo.setMaxWidth(Double.MAX_VALUE);
        return new AbstractPropertyEditor<Object, ComboBox<Object>>(item, combo) {
            @Override protected ObservableValue<Object> getObservableValue() { return getEditor().valueProperty(); }

            @Override public void setValue(Object value) { getEditor().setValue(value); }
        };
    }

    private static ListCell<Object> namedCell() {
        return new ListCell<>() {
            @Override protected void updateItem(Object value, boolean empty) {
                super.updateItem(value, empty);
                setText(empty ? null : Formulas.name(value));
                String tip = empty ? null : Formulas.formula(value);
                setTooltip(tip == null ? null : ChoiceField.tooltip(tip));
            }
        };
    }

    private static Object convert(Class<?> type, Object value) {
        if (type == Double.class && value instanceof Number n) return n.doubleValue();
        if (type == Integer.class && value instanceof Number n) return n.intValue();
        return value;
    }
}
