package org.nnplay.experiment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.nnplay.data.Feature;
import org.nnplay.engine.nn.ActivationKind;
import org.nnplay.engine.nn.LossKind;

class NamedModuleTest {
    private final ObjectMapper mapper = new ObjectMapper().registerModule(new NamedModule());

    record Holder(LossKind loss, List<Feature> inputs, Palette palette) {
    }

    @Test
    void namedEnumsAreWrittenAsTheirKeys() throws Exception {
        String json = mapper.writeValueAsString(new Holder(LossKind.SOFTMAX_CE, List.of(Feature.X1SQ), Palette.BLUE_ORANGE));

        assertThat(json).isEqualTo("{\"loss\":\"softmax_ce\",\"inputs\":[\"x1sq\"],\"palette\":\"blue_orange\"}");
    }

    @Test
    void namedEnumsAreReadFromTheirKeysOrNames() throws Exception {
        Holder h = mapper.readValue("{\"loss\":\"half_squared\",\"inputs\":[\"X1X2\",\"theta\"],\"palette\":\"red-green\"}",
                Holder.class);

        assertThat(h).isEqualTo(new Holder(LossKind.HALF_SQUARED, List.of(Feature.X1X2, Feature.THETA), Palette.RED_GREEN));
        assertThat(mapper.readValue("[\"leaky_relu\"]", new TypeReference<List<ActivationKind>>() { }))
                .containsExactly(ActivationKind.LEAKY_RELU);
    }

    @Test
    void anUnknownKeyListsTheAllowedKeys() {
        assertThatThrownBy(() -> mapper.readValue("{\"loss\":\"hinge\"}", Holder.class))
                .isInstanceOf(InvalidFormatException.class)
                .hasMessageContaining("'hinge' is not allowed: expected one of bce, softmax_ce, mse, mae, half_squared");
    }

    @Test
    void aNonStringIsRejected() {
        assertThatThrownBy(() -> mapper.readValue("{\"loss\":3}", Holder.class))
                .hasMessageContaining("LossKind");
    }
}
