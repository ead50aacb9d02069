package org.nnplay.experiment;

/**
 * One entry of the lesson index: {@code id} (what {@link Lessons#load(String)} takes), the curriculum scene it
 * shows, a title, the preset file under {@code lessons/} and a one-line description.
 */
public record Lesson(String id, int scene, String title, String file, String description) {
}
