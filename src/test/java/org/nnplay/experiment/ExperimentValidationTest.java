package org.nnplay.experiment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Every range check, seen through a file: the message names the field path, the value and what is allowed. */
class ExperimentValidationTest {
    private final ExperimentIO io = new ExperimentIO();

    static Stream<Arguments> outOfRange() {
        return Stream.of(
                Arguments.of("data.samples", "0", "[1, 100000]"),
                Arguments.of("data.samples", "100001", "[1, 100000]"),
                Arguments.of("data.noise", "-1", "[0, 50]"),
                Arguments.of("data.noise", "50.5", "[0, 50]"),
                Arguments.of("data.trainRatio", "9", "[10, 90]"),
                Arguments.of("data.trainRatio", "91", "[10, 90]"),
                Arguments.of("data.classes", "1", "[2, 10]"),
                Arguments.of("data.classes", "11", "[2, 10]"),
                Arguments.of("network.leakySlope", "-0.1", "[0, 1]"),
                Arguments.of("network.initScale", "0", "(0, 10]"),
                Arguments.of("network.initScale", "11", "(0, 10]"),
                Arguments.of("network.biasInit", "-11", "[-10, 10]"),
                Arguments.of("network.dropout", "0.95", "[0, 0.9]"),
                Arguments.of("training.learningRate", "0", "(0, 10]"),
                Arguments.of("training.learningRate", "-1", "(0, 10]"),
                Arguments.of("training.learningRate", "10.5", "(0, 10]"),
                Arguments.of("training.momentum", "1", "[0, 1)"),
                Arguments.of("training.beta1", "-0.1", "[0, 1)"),
                Arguments.of("training.beta2", "1", "[0, 1)"),
                Arguments.of("training.epsilon", "0", "(0, 1]"),
                Arguments.of("training.rho", "1", "[0, 1)"),
                Arguments.of("training.weightDecay", "1.5", "[0, 1]"),
                Arguments.of("training.batchSize", "0", "[1, 100000]"),
                Arguments.of("training.regularizationRate", "-0.001", "[0, 10]"),
                Arguments.of("training.regularizationRate", "11", "[0, 10]"),
                Arguments.of("training.l1Ratio", "1.5", "[0, 1]"),
                Arguments.of("training.clipNorm", "-1", "[0, 1000000]"),
                Arguments.of("training.maxEpochs", "-1", "[0, 1000000000]"),
                Arguments.of("training.targetLoss", "-0.5", "[0, 1000000]"),
                Arguments.of("training.speed", "-1", "[0, 1000000]"),
                Arguments.of("training.schedule.stepSize", "0", "[1, 1000000000]"),
                Arguments.of("training.schedule.gamma", "0", "(0, 1]"),
                Arguments.of("training.schedule.gamma", "1.5", "(0, 1]"),
                Arguments.of("training.schedule.period", "0", "[1, 1000000000]"),
                Arguments.of("training.schedule.warmupEpochs", "-1", "[0, 1000000000]"),
                Arguments.of("training.schedule.minLr", "-0.1", "[0, 10]"),
                Arguments.of("training.earlyStopping.patience", "0", "[1, 1000000000]"),
                Arguments.of("view.gridResolution", "9", "[10, 400]"),
                Arguments.of("view.gridResolution", "401", "[10, 400]"));
    }

    @ParameterizedTest(name = "{0} = {1}")
    @MethodSource("outOfRange")
    void anOutOfRangeValueNamesItsPathAndTheAllowedRange(String path, String value, String range) {
        String json = Fixtures.file(nest(path, value));

        assertThatThrownBy(() -> io.read(json, "v.json"))
                .isInstanceOfSatisfying(ExperimentFormatException.class, e -> {
                    assertThat(e.fieldPath()).isEqualTo(path);
                    assertThat(e.line()).isEqualTo(1);
                    assertThat(e.getMessage())
                            .endsWith(": " + path + " = " + value + " is out of range: allowed " + range);
                });
    }

    static Stream<Arguments> otherInvalidValues() {
        return Stream.of(
                Arguments.of("\"network\": {\"hidden\": [4, 0]}", "network.hidden[1]",
                        "network.hidden[1] = 0 is out of range: allowed [1, 32]"),
                Arguments.of("\"network\": {\"hidden\": [33]}", "network.hidden[0]",
                        "network.hidden[0] = 33 is out of range: allowed [1, 32]"),
                Arguments.of("\"network\": {\"hidden\": [1,1,1,1,1,1,1,1,1,1,1]}", "network.hidden",
                        "network.hidden has 11 entries: allowed 0 to 10"),
                Arguments.of("\"network\": {\"hidden\": [4, 2], \"layerActivations\": [\"relu\"]}",
                        "network.layerActivations", "network.layerActivations has 1 entry: allowed exactly 2"),
                Arguments.of("\"network\": {\"hidden\": [2.5]}", "network.hidden[0]",
                        "network.hidden[0] = 2.5: expected a whole number"),
                Arguments.of("\"network\": {\"activation\": \"swish\"}", "network.activation",
                        "network.activation = 'swish' is not allowed: expected one of sigmoid, tanh, relu, leaky_relu, "
                                + "elu, gelu, silu, softplus, linear, step"),
                Arguments.of("\"features\": {\"inputs\": []}", "features.inputs",
                        "features.inputs has 0 entries: allowed 1 to 9"),
                Arguments.of("\"features\": {\"inputs\": [\"x1\", \"x1\"]}", "features.inputs[1]",
                        "features.inputs[1] = x1 is listed twice"),
                Arguments.of("\"features\": {\"inputs\": [\"x3\"]}", "features.inputs[0]",
                        "features.inputs[0] = 'x3' is not allowed: expected one of x1, x2, x1sq, x2sq, x1x2, sinx1, "
                                + "sinx2, r, theta"),
                Arguments.of("\"training\": {\"learningRate\": \"fast\"}", "training.learningRate",
                        "training.learningRate = \"fast\": expected a number"),
                Arguments.of("\"training\": {\"learningRate\": null}", "training.learningRate",
                        "training.learningRate = null: expected a number"),
                Arguments.of("\"view\": {\"showTest\": \"yes\"}", "view.showTest",
                        "view.showTest = \"yes\": expected true or false"),
                Arguments.of("\"view\": {\"theme\": \"neon\"}", "view.theme",
                        "view.theme = 'neon' is not allowed: expected one of light, dark"),
                Arguments.of("\"seed\": 1.5", "seed", "seed = 1.5: expected a whole number"),
                Arguments.of("\"name\": 7", "name", "name = 7: expected a string in quotes"),
                Arguments.of("\"data\": {\"samples\": 1e12}", "data.samples", "data.samples = 1.0E12 is too large"),
                Arguments.of("\"data\": {\"handPoints\": [{\"x1\": 0, \"x2\": 0, \"y\": 2}]}", "data.handPoints[0].y",
                        "data.handPoints[0].y = 2 is not a class index: allowed 0 to 1 for 2 classes"),
                Arguments.of("\"data\": {\"handPoints\": [{\"x1\": 0, \"y\": 1}]}", "data.handPoints[0].x2",
                        "data.handPoints[0].x2 is missing"),
                Arguments.of("\"data\": {\"csvPoints\": [{\"x1\": 2e15, \"x2\": 0, \"y\": 1}]}", "data.csvPoints[0].x1",
                        "data.csvPoints[0].x1 = 2000000000000000 is out of range: allowed [-1000000000000000,"
                                + " 1000000000000000]"),
                Arguments.of("\"data\": {\"dataset\": \"plane\"}, \"training\": {\"loss\": \"bce\"}", "training.loss",
                        "training.loss = bce does not fit a regression problem: allowed mse, mae, half_squared"),
                Arguments.of("\"data\": {\"classes\": 3}, \"training\": {\"loss\": \"bce\"}", "training.loss",
                        "training.loss = bce cannot separate 3 classes: allowed softmax_ce"),
                Arguments.of("\"network\": {\"hidden\": []}, \"weights\": {\"layers\": [{\"w\": [[1]], \"b\": [0]}]}",
                        "weights.layers[0].w", "weights.layers[0].w has 1 row: expected 2 (one per input feature)"),
                Arguments.of("\"weights\": {\"layers\": [{\"w\": [[1, 2], [3, 4]], \"b\": [0, 0]}]}",
                        "weights.layers", "weights.layers has 1 entry: expected 3 (2 hidden layers and the output layer)"),
                Arguments.of("\"network\": {\"hidden\": []}, \"weights\": {\"layers\": [{\"w\": [[1, 2], [3]], \"b\": [0, 0]}]}",
                        "weights.layers[0].w[1]", "weights.layers[0].w[1] has 1 entry: expected 2"),
                Arguments.of("\"network\": {\"hidden\": []}, \"weights\": {\"layers\": [{\"w\": [[1], [3]], \"b\": [0, 1]}]}",
                        "weights.layers[0].b", "weights.layers[0].b has 2 entries: expected 1"),
                Arguments.of("\"network\": {\"hidden\": []}, \"weights\": {\"layers\": [{\"w\": [[1], [3]]}]}",
                        "weights.layers[0].b", "weights.layers[0].b is missing"),
                Arguments.of("\"version\": 0", "version", "version = 0 is out of range: allowed [1, 1]"));
    }

    @ParameterizedTest(name = "{1}")
    @MethodSource("otherInvalidValues")
    void anInvalidValueNamesItsPathAndWhatIsAllowed(String body, String path, String message) {
        String json = body.startsWith("\"version\"") ? "{\"format\": \"nnplay-experiment\", " + body + "}"
                : Fixtures.file(body);

        assertThatThrownBy(() -> io.read(json, "v.json"))
                .isInstanceOfSatisfying(ExperimentFormatException.class, e -> {
                    assertThat(e.fieldPath()).isEqualTo(path);
                    assertThat(e.problem()).isEqualTo(message);
                    assertThat(e.line()).isEqualTo(1);
                    assertThat(e.column()).isPositive();
                });
    }

    /** "a.b.c", "5" → {"a": {"b": {"c": 5}}} without the outer braces. */
    private static String nest(String path, String value) {
        String[] parts = path.split("\\.");
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < parts.length; i++) {
            sb.append('"').append(parts[i]).append("\": ").append(i < parts.length - 1 ? "{" : value);
        }
        sb.append("}".repeat(parts.length - 1));
        return sb.toString();
    }
}
