package org.nnplay.training.landscape;

/** A point of a path drawn on a landscape: its coordinates in the slice and the loss there. */
public record PathPoint(double alpha, double beta, double loss) {}
