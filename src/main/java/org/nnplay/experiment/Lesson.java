package org.nnplay.experiment;

/**
 * One lesson of the index: {@code id} (what {@link Lessons#load(String)}, {@code --lesson} and the menu item
 * {@code lesson-<id>} use), the curriculum scene it shows, the course topic it belongs to, a title, its two or three
 * sentences of explanation ({@code description}) and what to look at ({@code look}). It opens a preset experiment
 * ({@code file}, a name under {@code lessons/}), a window ({@code window}), or the preset and then the window on it;
 * at least one of the two.
 */
public record Lesson(String id, int scene, String topic, String title, String file, LessonWindow window,
                     String description, String look) {
    public static final int MAX_TEXT = 600;

    public Lesson {
        requireText("id", id);
        if (!id.matches("[0-9]{2}-[a-z0-9.-]+")) {
            throw new IllegalArgumentException("lesson " + id + ": the id must read NN-words, e.g. 12-overfitting");
        }
        if (scene < 1 || scene > 99 || scene != Integer.parseInt(id.substring(0, 2))) {
            throw new IllegalArgumentException("lesson " + id + ": scene " + scene + " does not match the id's number");
        }
        requireText("lesson " + id + ": topic", topic);
        requireText("lesson " + id + ": title", title);
        requireText("lesson " + id + ": description", description);
        requireText("lesson " + id + ": look", look);
        if (file == null && window == null) {
            throw new IllegalArgumentException("lesson " + id + ": needs a file, a window or both");
        }
        if (file != null && !file.equals(id + ".json")) {
            throw new IllegalArgumentException("lesson " + id + ": the file must be " + id + ".json, not " + file);
        }
    }

    /** Whether the lesson opens an experiment (else only its window). */
    public boolean hasPreset() { return file != null; }

    /** Title, explanation and what to look at, for searching. */
    public String text() { return title + "\n" + description + "\n" + look; }

    static void requireText(String field, String value) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(field + " is missing");
        }
        if (value.length() > MAX_TEXT) {
            throw new IllegalArgumentException(field + " is " + value.length() + " characters long: allowed "
                    + MAX_TEXT);
        }
    }
}
