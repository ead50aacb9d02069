package org.nnplay.experiment;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.DeserializationConfig;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.deser.Deserializers;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import java.io.IOException;
import org.nnplay.engine.Named;

/**
 * Jackson support for every enum that implements {@link Named}: written as its {@link Named#key()}, read back from
 * the key (or the enum name, case-insensitive), and an unknown key is an error that lists the allowed keys.
 */
public final class NamedModule extends SimpleModule {
    public NamedModule() {
        super("nnplay-named");
        addSerializer(Named.class, new KeySerializer());
    }

    @Override
    public void setupModule(SetupContext context) {
        super.setupModule(context);
        context.addDeserializers(new NamedDeserializers());
    }

    /** The constant of {@code type} whose key (or name, case-insensitive) is {@code text}, or null when none is. */
    public static <E extends Enum<E> & Named> E find(Class<E> type, String text) {
        try {
            return Named.parse(type, text, type.getSimpleName());
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /** "'text' is not allowed: expected one of a, b, c". */
    public static <E extends Enum<E> & Named> String notAllowed(Class<E> type, String text) {
        return "'" + text + "' is not allowed: expected one of " + Named.keys(type);
    }

    private static final class KeySerializer extends StdSerializer<Named> {
        KeySerializer() { super(Named.class); }

        @Override
        public void serialize(Named value, JsonGenerator gen, SerializerProvider provider) throws IOException {
            gen.writeString(value.key());
        }
    }

    private static final class NamedDeserializers extends Deserializers.Base {
        @Override
        @SuppressWarnings({"unchecked", "rawtypes"})
        public JsonDeserializer<?> findEnumDeserializer(Class<?> type, DeserializationConfig config,
                                                        BeanDescription beanDesc) {
            return Named.class.isAssignableFrom(type) ? new KeyDeserializer((Class) type) : null;
        }

        @Override
        public boolean hasDeserializerFor(DeserializationConfig config, Class<?> valueType) {
            return valueType.isEnum() && Named.class.isAssignableFrom(valueType);
        }
    }

    private static final class KeyDeserializer<E extends Enum<E> & Named> extends StdScalarDeserializer<E> {
        private final Class<E> type;

        KeyDeserializer(Class<E> type) {
            super(type);
            this.type = type;
        }

        @Override
        public E deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            if (p.currentToken() != JsonToken.VALUE_STRING) {
                return type.cast(ctxt.handleUnexpectedToken(type, p));
            }
            String text = p.getText();
            E value = find(type, text);
            if (value == null) {
                throw InvalidFormatException.from(p, notAllowed(type, text), text, type);
            }
            return value;
        }
    }
}
