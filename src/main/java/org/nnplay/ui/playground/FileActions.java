package org.nnplay.ui.playground;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Supplier;
import javafx.scene.Node;
import javafx.stage.Window;
import org.nnplay.data.CsvExporter;
import org.nnplay.data.CsvImporter;
import org.nnplay.data.CsvTable;
import org.nnplay.data.DataFormatException;
import org.nnplay.data.ImportOptions;
import org.nnplay.data.ImportedData;
import org.nnplay.experiment.Experiment;
import org.nnplay.experiment.ExperimentFormatException;
import org.nnplay.experiment.ExperimentIO;
import org.nnplay.experiment.Lesson;
import org.nnplay.experiment.Lessons;
import org.nnplay.experiment.LoadResult;
import org.nnplay.training.CsvData;
import org.nnplay.training.Predictions;
import org.nnplay.training.PyTorchScript;
import org.nnplay.training.Snapshot;
import org.nnplay.ui.curves.CurvesView;
import org.nnplay.ui.files.FileChooserService;
import org.nnplay.ui.files.FileKind;
import org.nnplay.ui.files.ImageExport;
import org.nnplay.ui.files.RecentFiles;

/**
 * New, Open, Save, Save As, recent files, lessons and exports. Files are chosen through the
 * {@link FileChooserService} (a fake in tests). A file that cannot be read is reported with what is wrong in it
 * (file, line, field) and the open experiment stays as it was.
 */
final class FileActions {
    private final PlaygroundModel model;
    private final FileChooserService chooser;
    private final RecentFiles recent;
    private final Supplier<Window> window;
    private final ExperimentIO io = new ExperimentIO();

    FileActions(PlaygroundModel model, FileChooserService chooser, RecentFiles recent, Supplier<Window> window) {
        this.model = model;
        this.chooser = chooser;
        this.recent = recent;
        this.window = window;
    }

    RecentFiles recent() { return recent; }

    void newExperiment() {
        model.replace(Experiment.defaults(), null);
        model.say(Notice.info("New experiment: TensorFlow Playground's defaults."));
    }

    void open() {
        chooser.open(window.get(), "Open experiment", FileKind.EXPERIMENT).ifPresent(this::open);
    }

    /** Opens {@code file}; returns whether it was opened (false: the error was shown, nothing changed). */
    boolean open(Path file) {
        LoadResult r;
        try {
            r = io.read(file);
        } catch (ExperimentFormatException e) {
            Alerts.error(window.get(), "open-error", "Cannot open " + file.getFileName(), e.getMessage());
            return false;
        } catch (NoSuchFileException e) {
            recent.remove(file);
            Alerts.error(window.get(), "open-error", "Cannot open " + file.getFileName(), "The file " + file + " does not exist.");
            return false;
        } catch (IOException | RuntimeException e) {
            Alerts.error(window.get(), "open-error", "Cannot open " + file.getFileName(),
                    file + ": " + PlaygroundModel.message(e));
            return false;
        }
        model.replace(r.experiment(), file);
        recent.add(file);
        if (!r.warnings().isEmpty()) model.say(Notice.warning(String.join("\n", r.warnings())));
        else model.say(Notice.info("Opened " + file.getFileName()));
        return true;
    }

    void openLesson(Lesson lesson) {
        try {
            model.replace(Lessons.load(lesson.id()), null);
            model.say(Notice.info("Scene " + lesson.scene() + ": " + lesson.title() + "\n" + lesson.description()));
        } catch (RuntimeException e) {
            Alerts.error(window.get(), "lesson-error", "Cannot open the lesson", PlaygroundModel.message(e));
        }
    }

    /** Saves to the document's file, or asks for one. */
    boolean save() {
        Path file = model.document().file();
        return file == null ? saveAs() : saveTo(file);
    }

    boolean saveAs() {
        Path current = model.document().file();
        String name = current != null ? current.getFileName().toString() : fileName(model.currentExperiment().name());
        Optional<Path> target = chooser.save(window.get(), "Save experiment", FileKind.EXPERIMENT, name);
        return target.isPresent() && saveTo(target.get());
    }

    private boolean saveTo(Path file) {
        try {
            io.write(model.forSaving(), file);
        } catch (IOException | RuntimeException e) {
            Alerts.error(window.get(), "save-error", "Cannot save " + file.getFileName(), PlaygroundModel.message(e));
            return false;
        }
        model.saved(file);
        recent.add(file);
        model.say(Notice.info("Saved " + file));
        return true;
    }

    void exportPng(String what, Node node) {
        chooser.save(window.get(), "Export " + what + " as PNG", FileKind.PNG, fileName(what)).ifPresent(file -> {
            try {
                ImageExport.writePng(node, file);
                model.say(Notice.info("Exported " + what + " to " + file));
            } catch (IOException | RuntimeException e) {
                Alerts.error(window.get(), "export-error", "Cannot export " + what, PlaygroundModel.message(e));
            }
        });
    }

    void exportCurvesCsv(CurvesView curves) {
        exportText("the learning curves", FileKind.CSV, "learning-curves", curves::exportCsv);
    }

    /** Replaces the data with points from a CSV file (x1, x2, label); a file with errors changes nothing. */
    void importCsv() {
        chooser.open(window.get(), "Import points from CSV", FileKind.CSV).ifPresent(this::importCsv);
    }

    /**
     * Reads {@code file}; when it has more columns than x1, x2 and a label, the preview lets the user choose them.
     * The status bar then says what was imported: the classes, the columns, the loss and what was skipped.
     */
    boolean importCsv(Path file) {
        String name = file.getFileName() == null ? file.toString() : file.getFileName().toString();
        try {
            CsvTable table = new CsvImporter().scan(file);
            ImportOptions options = ImportOptions.AUTOMATIC;
            if (table.needsChoice()) {
                Optional<ImportOptions> chosen = ImportDialog.choose(window.get(), table);
                if (chosen.isEmpty()) {
                    model.say(Notice.info("Import of " + name + " cancelled: nothing changed."));
                    return false;
                }
                options = chosen.get();
            }
            ImportedData data = table.select(options);
            CsvData.Result result = CsvData.apply(model.currentExperiment(), data, name);
            if (!model.edit(e -> result.experiment(), false)) return false;
            String summary = result.summary(name, Formulas::name) + ".";
            model.say(result.warnings().isEmpty() ? Notice.info(summary)
                    : Notice.warning(summary + "\n" + String.join("\n", result.warnings())));
            return true;
        } catch (DataFormatException e) {
            Alerts.error(window.get(), "import-error", "Cannot import " + name, e.getMessage());
        } catch (NoSuchFileException e) {
            Alerts.error(window.get(), "import-error", "Cannot import " + name, "The file " + file + " does not exist.");
        } catch (IOException | RuntimeException e) {
            Alerts.error(window.get(), "import-error", "Cannot import " + name, file + ": " + PlaygroundModel.message(e));
        }
        return false;
    }

    /** The experiment as a PyTorch script (curriculum scene 18). */
    void exportPyTorch() {
        exportText("the PyTorch script", FileKind.PYTHON, fileName(model.currentExperiment().name()),
                w -> w.write(PyTorchScript.of(model.forSaving())));
    }

    /** The points (x1, x2, label, split) as CSV. */
    void exportDataCsv() {
        exportText("the data", FileKind.CSV, "data", w -> CsvExporter.writeData(model.dataProperty().get(), w));
    }

    /** Every point with the network's current prediction for it. */
    void exportPredictionsCsv() {
        Snapshot s = model.snapshotProperty().get();
        if (s == null || s.weights() == null) {
            model.say(Notice.info("Nothing to export yet: train or step once first."));
            return;
        }
        exportText("the predictions", FileKind.CSV, "predictions", w -> CsvExporter.writePredictions(s.setup().data(),
                Predictions.of(s.setup(), s.weights()), w));
    }

    private interface TextWriter {
        void write(Writer w) throws IOException;
    }

    private void exportText(String what, FileKind kind, String name, TextWriter body) {
        chooser.save(window.get(), "Export " + what, kind, name).ifPresent(file -> {
            try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
                body.write(w);
                model.say(Notice.info("Exported " + what + " to " + file));
            } catch (IOException | RuntimeException e) {
                Alerts.error(window.get(), "export-error", "Cannot export " + what, PlaygroundModel.message(e));
            }
        });
    }

    static String fileName(String name) {
        String s = name == null ? "" : name.strip().toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9]+", "-")
                .replaceAll("(^-|-$)", "");
        return s.isEmpty() ? "experiment" : s;
    }
}
