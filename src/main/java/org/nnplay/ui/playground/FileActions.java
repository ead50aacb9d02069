package org.nnplay.ui.playground;

import java.io.IOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Supplier;
import javafx.scene.Node;
import javafx.scene.control.TextInputDialog;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.stage.Window;
import org.nnplay.data.CsvExporter;
import org.nnplay.experiment.Experiment;
import org.nnplay.experiment.ExperimentFormatException;
import org.nnplay.experiment.ExperimentIO;
import org.nnplay.experiment.Lesson;
import org.nnplay.experiment.Lessons;
import org.nnplay.experiment.LoadResult;
import org.nnplay.experiment.link.Links;
import org.nnplay.experiment.link.NnplayLink;
import org.nnplay.experiment.link.PlaygroundLink;
import org.nnplay.io.FileProblem;
import org.nnplay.io.SafeFiles;
import org.nnplay.io.SafeText;
import org.nnplay.training.Model;
import org.nnplay.training.PyTorchScript;
import org.nnplay.training.Snapshot;
import org.nnplay.ui.curves.CurvesView;
import org.nnplay.ui.files.FileChooserService;
import org.nnplay.ui.files.FileKind;
import org.nnplay.ui.files.ImageExport;
import org.nnplay.ui.files.RecentFiles;

/**
 * New, Open, Save, Save As, recent files, lessons, links (open, paste, copy), imports and exports. Files are chosen
 * through the {@link FileChooserService} (a fake in tests). Whatever would replace unsaved changes (New, Open, a link,
 * a lesson, an import) asks first: Save, Don't save or Cancel. A file or link that cannot be read is reported with what
 * is wrong in it (file, line, field) and the open experiment stays as it was. Saves and exports go through
 * {@link SafeFiles}.
 */
final class FileActions {
    private final PlaygroundModel model;
    private final FileChooserService chooser;
    private final RecentFiles recent;
    private final Supplier<Window> window;
    private final ExperimentIO io = new ExperimentIO();
    private final CsvImport csv;

    FileActions(PlaygroundModel model, FileChooserService chooser, RecentFiles recent, Supplier<Window> window,
                CsvImport.Progress importProgress) {
        this.model = model;
        this.chooser = chooser;
        this.recent = recent;
        this.window = window;
        this.csv = new CsvImport(model, window, importProgress);
    }

    RecentFiles recent() { return recent; }

    void newExperiment() {
        if (!mayReplace("Save before starting a new experiment?")) return;
        model.replace(Experiment.defaults(), null);
        model.say(Notice.info("New experiment: TensorFlow Playground's defaults."));
    }

    void open() {
        if (!mayReplace("Save before opening another experiment?")) return;
        chooser.open(window.get(), "Open experiment", FileKind.EXPERIMENT).ifPresent(this::load);
    }

    /**
     * Opens {@code file} (a recent file, the start-up file), asking first when there are unsaved changes; returns
     * whether it was opened (false: cancelled, or the error was shown and nothing changed).
     */
    boolean open(Path file) {
        return mayReplace("Save before opening another experiment?") && load(file);
    }

    private boolean load(Path file) {
        LoadResult r;
        try {
            r = io.read(file);
        } catch (ExperimentFormatException e) {
            if (Files.notExists(file)) recent.remove(file);
            Alerts.error(window.get(), "open-error", "Cannot open " + name(file), e.getMessage());
            return false;
        }
        model.replace(r.experiment(), file);
        recent.add(file);
        if (!r.warnings().isEmpty()) model.say(Notice.warning("Opened " + name(file) + ", ignoring what this NNPlay "
                + "does not know:\n" + String.join("\n", r.warnings())));
        else model.say(Notice.info("Opened " + name(file)));
        return true;
    }

    /** File → Open link…: asks for a link (the clipboard's, when it holds one) and opens it. */
    void openLink() {
        String clip = clipboardText();
        TextInputDialog d = new TextInputDialog(clip != null && Links.isLink(clip) ? clip.strip() : "");
        d.setTitle("NNPlay");
        d.setHeaderText("Open a link: an nnplay: link, or a TensorFlow Playground link (or just its #… part)");
        d.getDialogPane().setId("open-link");
        d.getDialogPane().setMinWidth(640);
        if (window.get() != null && window.get().isShowing()) d.initOwner(window.get());
        d.resultProperty().addListener((o, was, link) -> {
            if (link != null && !link.isBlank()) openLink(link);
        });
        d.show();
    }

    /**
     * Opens the experiment in a link; returns whether it was opened (false: the error was shown, nothing changed).
     * A link is read as a file is: size-capped, checked field by field, nothing in it run.
     */
    boolean openLink(String link) {
        if (!mayReplace("Save before opening the link?")) return false;
        LoadResult r;
        try {
            r = Links.read(link);
        } catch (ExperimentFormatException e) {
            Alerts.error(window.get(), "open-error", "Cannot open the link", e.getMessage());
            return false;
        } catch (RuntimeException e) {
            Alerts.error(window.get(), "open-error", "Cannot open the link", PlaygroundModel.message(e));
            return false;
        }
        model.replace(r.experiment(), null);
        String what = r.experiment().compat() != null ? "Opened a TensorFlow Playground link: the same points, "
                + "initial weights and training as the playground." : "Opened " + r.experiment().name() + " from a link.";
        model.say(r.warnings().isEmpty() ? Notice.info(what) : Notice.warning(what + "\n" + String.join("\n", r.warnings())));
        return true;
    }

    /** Ctrl+V on the window: opens the link on the clipboard. */
    void pasteLink() {
        String clip = clipboardText();
        if (clip == null || !Links.isLink(clip)) {
            model.say(Notice.info("The clipboard holds no link to open (an nnplay: link or a TensorFlow Playground link)."));
            return;
        }
        openLink(clip);
    }

    /** File → Copy link: the whole experiment as an nnplay: link, with its trained weights or without. */
    void copyLink(boolean withWeights) {
        Experiment e = withWeights ? model.forSaving() : model.currentExperiment();
        String link = NnplayLink.write(e, withWeights);
        putOnClipboard(link);
        model.say(Notice.info("Copied an nnplay: link (" + link.length() + " characters)"
                + (withWeights && e.weights() != null ? " with the trained weights." : ".")));
    }

    /** File → Copy as TensorFlow Playground link, when the playground can show the experiment. */
    void copyPlaygroundLink() {
        Experiment e = model.currentExperiment();
        String why = PlaygroundLink.unfit(e);
        if (why != null) {
            model.say(Notice.warning("TensorFlow Playground cannot show this experiment: " + why));
            return;
        }
        putOnClipboard(PlaygroundLink.write(e));
        model.say(Notice.info("Copied a TensorFlow Playground link" + (e.compat() == null
                ? " (the playground draws its own points and weights from the seed)." : ".")));
    }

    private static String clipboardText() {
        Clipboard c = Clipboard.getSystemClipboard();
        return c.hasString() ? c.getString() : null;
    }

    private static void putOnClipboard(String text) {
        ClipboardContent content = new ClipboardContent();
        content.putString(text);
        Clipboard.getSystemClipboard().setContent(content);
    }

    /**
     * Opens a lesson's preset in place of the experiment, asking first when there are unsaved changes; its
     * explanation is the lesson panel's to show (the experiment's {@code view.lesson} names it), not a notification's.
     * Returns false if it was cancelled or could not be opened.
     */
    boolean openLesson(Lesson lesson) {
        if (!mayReplace("Save before opening the lesson?")) return false;
        try {
            model.replace(Lessons.load(lesson.id()), null);
            return true;
        } catch (RuntimeException e) {
            Alerts.error(window.get(), "lesson-error", "Cannot open the lesson", why(e));
            return false;
        }
    }

    /**
     * Whether the experiment may be replaced now: nothing unsaved, or the user saved or discarded it when asked
     * ({@link CloseGuard}, the same question as when quitting).
     */
    private boolean mayReplace(String question) {
        return CloseGuard.confirm(window.get(), model, this, question);
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
            Alerts.error(window.get(), "save-error", "Cannot save " + name(file), why(e));
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
                Alerts.error(window.get(), "export-error", "Cannot export " + what, why(e));
            }
        });
    }

    void exportCurvesCsv(CurvesView curves) {
        exportText("the learning curves", FileKind.CSV, "learning-curves", curves::exportCsv);
    }

    /**
     * Replaces the data with points from a CSV file (x1, x2, label), asking first when there are unsaved changes; a
     * file with errors changes nothing. The file is read in the background ({@link CsvImport}).
     */
    void importCsv() {
        if (!mayReplace("Save before importing points?")) return;
        chooser.open(window.get(), "Import points from CSV", FileKind.CSV).ifPresent(csv::start);
    }

    /**
     * Starts reading {@code file} in the background; when it has more columns than x1, x2 and a label, the preview
     * lets the user choose them. The status bar then says what was imported: the classes, the columns, the loss and
     * what was skipped. False: the user kept unsaved changes, nothing started.
     */
    boolean importCsv(Path file) {
        if (!mayReplace("Save before importing points?")) return false;
        csv.start(file);
        return true;
    }

    /** Whether an import is still reading or preparing its points. */
    boolean importing() { return csv.busy(); }

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
                Model.of(s.setup(), s.weights()).predictions(), w));
    }

    private interface TextWriter {
        void write(Writer w) throws IOException;
    }

    private void exportText(String what, FileKind kind, String name, TextWriter body) {
        chooser.save(window.get(), "Export " + what, kind, name).ifPresent(file -> {
            try {
                SafeFiles.saveText(file, body::write);
                model.say(Notice.info("Exported " + what + " to " + file));
            } catch (IOException | RuntimeException e) {
                Alerts.error(window.get(), "export-error", "Cannot export " + what, why(e));
            }
        });
    }

    /** A file's name for a headline, controls shown escaped. */
    private static String name(Path file) {
        return SafeText.escape(String.valueOf(file.getFileName()));
    }

    /** Why something failed, in words: a file's problem with its reason, never a class name. */
    static String why(Exception e) {
        if (e instanceof ExperimentFormatException || e instanceof FileProblem) return e.getMessage();
        if (e instanceof IOException io) return SafeFiles.reason(io);
        return SafeText.escape(PlaygroundModel.message(e));
    }

    static String fileName(String name) {
        String s = name == null ? "" : name.strip().toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9]+", "-")
                .replaceAll("(^-|-$)", "");
        return s.isEmpty() ? "experiment" : s;
    }
}
