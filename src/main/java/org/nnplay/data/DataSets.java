package org.nnplay.data;

import java.util.List;

/** The single entry point that turns a {@link DatasetSpec} into a {@link DataSet}. */
public final class DataSets {
    private DataSets() {}

    /**
     * Generates the points of {@code spec.kind()} with the spec's noise and seed, then shuffles and splits them
     * (seeded) into training and test parts. Same spec, same data set. Only "Will I pass?" has a {@link Scaling}.
     */
    public static DataSet generate(DatasetSpec spec) {
        int n = spec.samples();
        double noise = spec.noisePercent();
        long seed = spec.seed();
        List<Sample> points = switch (spec.kind()) {
            case CIRCLE -> Generators.circle(n, noise, seed);
            case XOR -> Generators.xor(n, noise, seed);
            case GAUSS -> Generators.gauss(n, noise, seed);
            case SPIRAL -> Generators.spiral(n, noise, seed);
            case MOONS -> ExtraGenerators.moons(n, noise, seed);
            case PASS -> ExtraGenerators.pass(n, noise, seed);
            case BLOBS -> ExtraGenerators.blobs(n, spec.classes(), noise, seed);
            case SPIRAL3 -> ExtraGenerators.spiralArms(n, 3, noise, seed);
            case PLANE -> Generators.plane(n, noise, seed);
            case MULTI_GAUSS -> Generators.multiGauss(n, noise, seed);
        };
        boolean pass = spec.kind() == DatasetKind.PASS;
        Domain domain = pass ? ExtraGenerators.PASS_DOMAIN : Domain.square(Generators.PLAYGROUND_EXTENT);
        DataSet data = Generators.split(title(spec), points, spec.trainPercent(), seed, spec.kind().type(),
                spec.classes(), domain, pass ? "lectures attended" : "x1", pass ? "hours on final project" : "x2",
                pass ? List.of("fail", "pass") : List.of());
        // the playground's own sets reach the network unchanged, whatever their noise; "Will I pass?" is in real
        // units (lectures 0–30, hours 0–40), standardised for the network
        return pass ? data : data.withScaling(Scaling.IDENTITY);
    }

    /** A display name: "Circle", "Exclusive or", …, "Blobs (4 classes)". */
    public static String title(DatasetSpec spec) {
        return switch (spec.kind()) {
            case CIRCLE -> "Circle";
            case XOR -> "Exclusive or";
            case GAUSS -> "Gaussian";
            case SPIRAL -> "Spiral";
            case MOONS -> "Two moons";
            case PASS -> "Will I pass this class?";
            case BLOBS -> "Blobs (" + spec.classes() + " classes)";
            case SPIRAL3 -> "Three-arm spiral";
            case PLANE -> "Plane";
            case MULTI_GAUSS -> "Multi Gaussian";
        };
    }
}
