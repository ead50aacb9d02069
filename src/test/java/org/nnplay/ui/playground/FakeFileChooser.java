package org.nnplay.ui.playground;

import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import javafx.stage.Window;
import org.nnplay.ui.files.FileChooserService;
import org.nnplay.ui.files.FileKind;

/** Answers file dialogs with prepared paths (empty: the user cancelled) and records what was asked. */
final class FakeFileChooser implements FileChooserService {
    private final Deque<Path> answers = new ArrayDeque<>();
    final List<String> asked = new ArrayList<>();

    FakeFileChooser answer(Path p) {
        answers.add(p);
        return this;
    }

    @Override public Optional<Path> open(Window owner, String title, FileKind kind) {
        asked.add("open " + kind);
        return Optional.ofNullable(answers.poll());
    }

    @Override public Optional<Path> save(Window owner, String title, FileKind kind, String suggestedName) {
        asked.add("save " + kind + " " + suggestedName);
        return Optional.ofNullable(answers.poll());
    }
}
