package cn.civilaffairs.assist.common;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.BeanProperty;
import com.fasterxml.jackson.databind.DeserializationConfig;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.deser.BeanDeserializerModifier;
import com.fasterxml.jackson.databind.deser.ContextualDeserializer;
import com.fasterxml.jackson.databind.deser.std.DelegatingDeserializer;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.type.LogicalType;
import jakarta.validation.constraints.Size;
import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import org.springframework.boot.autoconfigure.jackson.Jackson2ObjectMapperBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.converter.json.Jackson2ObjectMapperBuilder;

/**
 * The one strict JSON binding every request body (and every JSON part of a multipart request)
 * goes through: a value arrives in its own JSON type or the request is refused with 400. No
 * scalar coercion (12345 is not a name, "12" not a number, true not text, 12345 not a date, "" not
 * an object), duplicate keys and unknown properties refused, null refused for primitives, dates
 * only as ISO strings between {@link #MIN_YEAR} and {@link #MAX_YEAR}, text without control or
 * bidi-override characters ({@link Text}; line breaks only in multi-line text). Domain bounds (not in the future, not before the
 * person was enrolled) stay with the domain services.
 */
@Configuration
public class StrictJson {
    public static final int MIN_YEAR = 1900;
    public static final int MAX_YEAR = 2100;

    @Bean
    Jackson2ObjectMapperBuilderCustomizer strictJsonCustomizer() {
        return StrictJson::customize;
    }

    /** Applies the rules to a builder; public so the rules can be unit-tested without Spring. */
    public static void customize(Jackson2ObjectMapperBuilder b) {
        b.featuresToEnable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION,
                DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES,
                DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES,
                DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS,
                DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY,
                DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
        b.featuresToDisable(MapperFeature.ALLOW_COERCION_OF_SCALARS,
                DeserializationFeature.ACCEPT_FLOAT_AS_INT,
                DeserializationFeature.ACCEPT_EMPTY_STRING_AS_NULL_OBJECT,
                DeserializationFeature.ACCEPT_SINGLE_VALUE_AS_ARRAY,
                DeserializationFeature.UNWRAP_SINGLE_VALUE_ARRAYS);
        b.postConfigurer(StrictJson::configure);
    }

    private static void configure(ObjectMapper m) {
        // Not lenient: a number is not a date (java.time would read 12345 as an epoch day).
        m.setDefaultLeniency(false);
        CoercionInputShape[] scalars = {CoercionInputShape.Integer, CoercionInputShape.Float,
                CoercionInputShape.Boolean, CoercionInputShape.String, CoercionInputShape.EmptyString};
        for (LogicalType t : new LogicalType[] {LogicalType.Integer, LogicalType.Float, LogicalType.Boolean,
                LogicalType.Textual, LogicalType.Enum, LogicalType.DateTime}) {
            for (CoercionInputShape s : scalars) {
                if (!isNativeShape(t, s)) {
                    m.coercionConfigFor(t).setCoercion(s, CoercionAction.Fail);
                }
            }
        }
        for (LogicalType t : new LogicalType[] {LogicalType.POJO, LogicalType.Map, LogicalType.Collection,
                LogicalType.Array}) {
            m.coercionConfigFor(t).setCoercion(CoercionInputShape.EmptyString, CoercionAction.Fail)
                    .setCoercion(CoercionInputShape.String, CoercionAction.Fail)
                    .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                    .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                    .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail);
        }
        m.registerModule(module());
    }

    /** The JSON shapes each kind of value is written in; everything else is a coercion. */
    private static boolean isNativeShape(LogicalType t, CoercionInputShape s) {
        return switch (t) {
            case Integer -> s == CoercionInputShape.Integer;
            case Float -> s == CoercionInputShape.Float || s == CoercionInputShape.Integer;
            case Boolean -> s == CoercionInputShape.Boolean;
            case Textual, Enum, DateTime -> s == CoercionInputShape.String;
            default -> false;
        };
    }

    static SimpleModule module() {
        SimpleModule module = new SimpleModule("strict-json");
        module.addDeserializer(String.class, new CleanStringDeserializer());
        module.setDeserializerModifier(new BeanDeserializerModifier() {
            @Override
            public JsonDeserializer<?> modifyDeserializer(DeserializationConfig config, BeanDescription desc,
                    JsonDeserializer<?> deserializer) {
                Class<?> type = desc.getBeanClass();
                if (type == LocalDate.class || type == LocalDateTime.class || type == OffsetDateTime.class
                        || type == ZonedDateTime.class || type == Instant.class || type == YearMonth.class) {
                    return new BoundedTimeDeserializer(deserializer);
                }
                return deserializer;
            }
        });
        return module;
    }

    /** A value that was well-formed JSON but is refused; carries the message shown to the user. */
    public static final class RejectedValueException extends InvalidFormatException {
        public RejectedValueException(JsonParser p, String message, Object value, Class<?> type) {
            super(p, message, value, type);
        }
    }

    /** Longest {@code @Size(max)} of a single-line field: names, codes, phone numbers, usernames. */
    static final int SINGLE_LINE_MAX = 100;

    /**
     * Strings only from JSON strings, and without control or bidi-override characters. Line breaks
     * and tabs are allowed only in multi-line text: a property limited by {@code @Size} to
     * {@link #SINGLE_LINE_MAX} characters or fewer is single-line.
     */
    static final class CleanStringDeserializer extends StdScalarDeserializer<String> implements ContextualDeserializer {
        private final boolean multiLine;

        CleanStringDeserializer() {
            this(true);
        }

        private CleanStringDeserializer(boolean multiLine) {
            super(String.class);
            this.multiLine = multiLine;
        }

        @Override
        public JsonDeserializer<?> createContextual(DeserializationContext ctxt, BeanProperty property) {
            Size size = property == null ? null : property.getAnnotation(Size.class);
            boolean singleLine = size != null && size.max() <= SINGLE_LINE_MAX;
            return singleLine == !multiLine ? this : new CleanStringDeserializer(!singleLine);
        }

        @Override
        public String deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            if (!p.hasToken(JsonToken.VALUE_STRING)) {
                return (String) ctxt.handleUnexpectedToken(String.class, p);
            }
            String s = p.getText();
            if (Text.forbiddenIndex(s, multiLine) >= 0) {
                throw new RejectedValueException(p, Text.FORBIDDEN_MESSAGE, s, String.class);
            }
            return s;
        }
    }

    /** Dates and times only as ISO strings, and only within the years a record can plausibly carry. */
    static final class BoundedTimeDeserializer extends DelegatingDeserializer {
        BoundedTimeDeserializer(JsonDeserializer<?> delegate) {
            super(delegate);
        }

        @Override
        protected JsonDeserializer<?> newDelegatingInstance(JsonDeserializer<?> newDelegatee) {
            return new BoundedTimeDeserializer(newDelegatee);
        }

        @Override
        public Object deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            if (!p.hasToken(JsonToken.VALUE_STRING)) {
                return ctxt.handleUnexpectedToken(handledType(), p);
            }
            String text = p.getText();
            Object value = _delegatee.deserialize(p, ctxt);
            int year = yearOf(value);
            if (year < MIN_YEAR || year > MAX_YEAR) {
                throw new RejectedValueException(p, "日期须在 " + MIN_YEAR + " 年至 " + MAX_YEAR + " 年之间。", text,
                        handledType());
            }
            return value;
        }

        private static int yearOf(Object v) {
            if (v instanceof LocalDate d) return d.getYear();
            if (v instanceof LocalDateTime d) return d.getYear();
            if (v instanceof OffsetDateTime d) return d.getYear();
            if (v instanceof ZonedDateTime d) return d.getYear();
            if (v instanceof YearMonth d) return d.getYear();
            if (v instanceof Instant i) {
                // Instant.atOffset fails beyond year ±1,000,000,000; such values are out of range anyway.
                try {
                    return i.atOffset(ZoneOffset.UTC).getYear();
                } catch (java.time.DateTimeException e) {
                    return Integer.MAX_VALUE;
                }
            }
            return MIN_YEAR;
        }
    }
}
