package org.nnplay.ui.playground;

import java.nio.file.Path;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;

/** The experiment as a document: the file it was opened from or saved to (null: never saved) and whether it changed since. */
public final class Document {
    private final ReadOnlyObjectWrapper<Path> file = new ReadOnlyObjectWrapper<>(this, "file");
    private final ReadOnlyBooleanWrapper dirty = new ReadOnlyBooleanWrapper(this, "dirty");

    public ReadOnlyObjectProperty<Path> fileProperty() { return file.getReadOnlyProperty(); }

    public Path file() { return file.get(); }

    public ReadOnlyBooleanProperty dirtyProperty() { return dirty.getReadOnlyProperty(); }

    public boolean isDirty() { return dirty.get(); }

    void markDirty() { dirty.set(true); }

    void opened(Path f) {
        file.set(f);
        dirty.set(false);
    }

    void saved(Path f) {
        file.set(f);
        dirty.set(false);
    }

    /**
     * "NNPlay" for a fresh, untouched experiment; "name.json — NNPlay" once it has a file, "Untitled — NNPlay" once
     * an unsaved one is edited; a leading "•" while there are unsaved changes.
     */
    public StringBinding title() {
        return Bindings.createStringBinding(() -> {
            if (file.get() == null && !dirty.get()) {
                return "NNPlay";
            }
            return (dirty.get() ? "• " : "") + (file.get() == null ? "Untitled" : String.valueOf(file.get().getFileName()))
                    + " — NNPlay";
        }, file, dirty);
    }
}
