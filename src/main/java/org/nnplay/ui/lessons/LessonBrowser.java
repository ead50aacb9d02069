package org.nnplay.ui.lessons;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import javafx.geometry.Pos;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.TreeCell;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeView;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.nnplay.experiment.Lesson;
import org.nnplay.experiment.LessonTopic;
import org.nnplay.experiment.Lessons;

/**
 * Lessons → Browse lessons…: every lesson under its course topic, a search field that keeps the lessons whose
 * title, explanation or "look" text contains every word typed (case and accents ignored), and the chosen lesson's
 * full text beside the list. Enter, a double click or "Open lesson" opens it and closes the browser. One at a time.
 */
public final class LessonBrowser extends VBox {
    private static Stage open;
    private final TextField search = new TextField();
    private final TreeView<Object> tree = new TreeView<>();
    private final Label title = new Label();
    private final Label topic = new Label();
    private final Label description = new Label();
    private final Label look = new Label();
    private final Button openButton = new Button("Open lesson");
    private final LessonOpener opener;
    private Runnable onOpened = () -> { };

    public LessonBrowser(LessonOpener opener) {
        this.opener = opener;
        getStyleClass().add("lesson-browser");
        getStylesheets().add(Objects.requireNonNull(LessonPanel.class.getResource("lessons.css")).toExternalForm());
        setId("lesson-browser");
        search.setId("lesson-search");
        search.getStyleClass().add("lesson-search");
        search.setPromptText("Search the lessons: a word of a title, an explanation or a formula");
        search.textProperty().addListener((o, was, now) -> filter(now));
        search.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.DOWN) {
                tree.requestFocus();
                selectFirst();
            } else if (e.getCode() == KeyCode.ENTER) {
                selectFirst();
                openSelected();
            }
        });
        tree.setId("lesson-tree");
        tree.setShowRoot(false);
        tree.setCellFactory(v -> new TreeCell<>() {
            @Override protected void updateItem(Object item, boolean empty) {
                super.updateItem(item, empty);
                getStyleClass().remove("lesson-topic");
                if (empty || item == null) {
                    setText(null);
                } else if (item instanceof Lesson l) {
                    setText(LessonsMenu.label(l));
                } else {
                    setText(((LessonTopic) item).title());
                    getStyleClass().add("lesson-topic");
                }
            }
        });
        tree.getSelectionModel().selectedItemProperty().addListener((o, was, now) -> show(now == null ? null : now.getValue()));
        tree.setOnMouseClicked(e -> {
            if (e.getClickCount() == 2) openSelected();
        });
        tree.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER) openSelected();
        });
        tree.setPrefWidth(440);
        title.getStyleClass().add("lesson-detail-title");
        topic.getStyleClass().add("lesson-topic");
        description.getStyleClass().add("lesson-detail-text");
        look.getStyleClass().add("lesson-detail-look");
        for (Label l : List.of(title, topic, description, look)) {
            l.setWrapText(true);
            l.setMinHeight(Region.USE_PREF_SIZE);
        }
        title.setId("lesson-detail-title");
        openButton.setId("lesson-open");
        openButton.setDefaultButton(false);
        openButton.setOnAction(e -> openSelected());
        Region push = new Region();
        VBox.setVgrow(push, Priority.ALWAYS);
        VBox detail = new VBox(10, topic, title, description, look, push, openButton);
        detail.setPrefWidth(380);
        detail.setMinWidth(260);
        detail.setAlignment(Pos.TOP_LEFT);
        HBox body = new HBox(14, tree, detail);
        HBox.setHgrow(tree, Priority.ALWAYS);
        HBox.setHgrow(detail, Priority.ALWAYS);
        VBox.setVgrow(body, Priority.ALWAYS);
        getChildren().addAll(search, body);
        filter("");
    }

    /** Shows the browser (or brings the open one to the front) over {@code owner}, in its theme. */
    public static Stage show(Window owner, LessonOpener opener) {
        if (open != null) {
            open.toFront();
            return open;
        }
        LessonBrowser browser = new LessonBrowser(opener);
        Scene scene = new Scene(browser, 860, 560);
        Stage stage = new Stage();
        stage.setTitle("NNPlay — Lessons");
        if (owner != null) {
            stage.initOwner(owner);
            if (owner.getScene() != null) scene.getStylesheets().setAll(owner.getScene().getStylesheets());
        }
        stage.setScene(scene);
        browser.onOpened = stage::close;
        stage.setOnHidden(e -> open = null);
        open = stage;
        stage.show();
        browser.search.requestFocus();
        return stage;
    }

    /** Keeps the lessons whose text holds every word of {@code query}; topics with none disappear. */
    void filter(String query) {
        String[] words = Arrays.stream(fold(query).split("\\s+")).filter(w -> !w.isEmpty()).toArray(String[]::new);
        TreeItem<Object> root = new TreeItem<>();
        for (LessonTopic t : Lessons.topics()) {
            TreeItem<Object> branch = new TreeItem<>(t);
            branch.setExpanded(true);
            for (Lesson l : Lessons.of(t)) {
                if (matches(l, t, words)) branch.getChildren().add(new TreeItem<>(l));
            }
            if (!branch.getChildren().isEmpty()) root.getChildren().add(branch);
        }
        tree.setRoot(root);
        selectFirst();
    }

    static boolean matches(Lesson l, LessonTopic t, String[] words) {
        String text = fold(l.text() + "\n" + t.title() + "\nscene " + l.scene() + "\n" + l.id());
        return Arrays.stream(words).allMatch(text::contains);
    }

    /** Lower case without accents, so "regularisation" finds "Régularisation" and "relu" finds "ReLU". */
    static String fold(String s) {
        return Normalizer.normalize(s == null ? "" : s, Normalizer.Form.NFD).replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT);
    }

    private void selectFirst() {
        for (TreeItem<Object> branch : tree.getRoot().getChildren()) {
            if (!branch.getChildren().isEmpty()) {
                tree.getSelectionModel().select(branch.getChildren().getFirst());
                return;
            }
        }
        tree.getSelectionModel().clearSelection();
    }

    private void show(Object item) {
        Lesson l = item instanceof Lesson x ? x : null;
        openButton.setDisable(l == null);
        title.setText(l == null ? (tree.getRoot().getChildren().isEmpty() ? "No lesson matches the search" : "")
                : LessonsMenu.label(l));
        topic.setText(l == null ? "" : Lessons.topics().stream().filter(t -> t.id().equals(l.topic()))
                .map(LessonTopic::title).findFirst().orElse(""));
        description.setText(l == null ? "" : l.description());
        look.setText(l == null ? "" : "Look: " + l.look());
    }

    private void openSelected() {
        TreeItem<Object> item = tree.getSelectionModel().getSelectedItem();
        if (item != null && item.getValue() instanceof Lesson l) {
            onOpened.run();
            opener.open(l);
        }
    }

    /** The lessons the list shows now, for tests. */
    List<Lesson> shown() {
        return tree.getRoot().getChildren().stream().flatMap(b -> b.getChildren().stream())
                .map(i -> (Lesson) i.getValue()).toList();
    }

    TextField searchField() { return search; }
}
