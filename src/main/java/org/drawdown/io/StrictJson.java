package org.drawdown.io;

import java.io.ByteArrayInputStream;
import java.io.CharConversionException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.TemporalAccessor;
import java.util.List;
import java.util.regex.Pattern;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.JsonParserDelegate;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.StdScalarSerializer;
import com.fasterxml.jackson.databind.type.LogicalType;

/**
 * Reads and writes Drawdown's JSON files strictly: no unknown or duplicate fields, no nulls in lists, no silent
 * coercion (a 12.5 is not a whole number, "12" is not a number), times in UTC ISO-8601 only. Every refusal becomes one
 * {@link InputException} line naming the file, the JSON path, line and column, and the problem.
 */
public final class StrictJson {

    /** Real files nest four levels deep; anything far deeper is junk, refused before it costs stack. */
    static final int MAX_NESTING_DEPTH = 64;
    /** Ids, names and descriptions are short; a longer string is junk, refused before it fills memory. */
    static final int MAX_STRING_LENGTH = 10_000;
    private static final Pattern UTC_INSTANT =
            Pattern.compile("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}(:\\d{2}(\\.\\d{1,9})?)?Z");

    private static final ObjectMapper MAPPER = createMapper();
    private static final ObjectWriter WRITER = MAPPER.writer(new DefaultPrettyPrinter()
            .withSeparators(Separators.createDefaultInstance().withObjectFieldValueSpacing(Separators.Spacing.AFTER))
            .withObjectIndenter(new DefaultIndenter("  ", "\n"))
            .withArrayIndenter(new DefaultIndenter("  ", "\n")));

    private StrictJson() {
    }

    private static ObjectMapper createMapper() {
        SimpleModule instants = new SimpleModule("utc-instants");
        instants.addDeserializer(Instant.class, new UtcInstantDeserializer());
        instants.addSerializer(Instant.class, new UtcInstantSerializer());
        JsonMapper mapper = JsonMapper.builder()
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
                .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
                .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                .disable(JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS)
                .enable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION)
                .disable(SerializationFeature.FAIL_ON_EMPTY_BEANS)
                .serializationInclusion(JsonInclude.Include.NON_NULL)
                .addModule(instants)
                .build();
        mapper.getFactory().setStreamReadConstraints(
                StreamReadConstraints.builder().maxNestingDepth(MAX_NESTING_DEPTH).maxStringLength(MAX_STRING_LENGTH)
                        .build());
        for (LogicalType scalar : List.of(LogicalType.Integer, LogicalType.Float, LogicalType.Boolean,
                LogicalType.Textual)) {
            mapper.coercionConfigFor(scalar)
                    .setCoercion(CoercionInputShape.String, CoercionAction.Fail)
                    .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                    .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                    .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail)
                    .setCoercion(CoercionInputShape.EmptyString, CoercionAction.Fail);
        }
        // An empty string is not an empty list.
        mapper.coercionConfigFor(LogicalType.Collection).setCoercion(CoercionInputShape.EmptyString,
                CoercionAction.Fail);
        return mapper;
    }

    /** Parses a file into the record type, or refuses it with one clear line. */
    public static <T> T read(Path file, Class<T> type) throws InputException {
        return read(file, () -> Files.newInputStream(file), type);
    }

    /**
     * Parses JSON that did not come from a file (a request to the service, a plan it stored) as {@link #read(Path,
     * Class)} parses a file; {@code name} stands for the file in the refusal.
     */
    public static <T> T read(Path name, byte[] json, Class<T> type) throws InputException {
        return read(name, () -> new ByteArrayInputStream(json), type);
    }

    private static <T> T read(Path file, JsonSource source, Class<T> type) throws InputException {
        try (InputStream in = source.open();
                JsonParser parser = new NullRefusingParser(MAPPER.createParser(in))) {
            T value;
            try {
                value = MAPPER.readValue(parser, type);
            } catch (JsonProcessingException e) {
                throw JsonRefusals.describe(file, source, parser, e);
            }
            if (value == null) {
                throw new InputException(file, "", "expected an object, found null");
            }
            return value;
        } catch (NoSuchFileException e) {
            throw new InputException(file, "", "no such file");
        } catch (CharConversionException e) {
            throw new InputException(file, "", "not UTF-8 text: " + e.getMessage());
        } catch (IOException e) {
            throw new InputException(file, "", "cannot be read: " + e.getMessage());
        }
    }

    /** The JSON being read, which a refusal may read again from the start to say where a field stands. */
    interface JsonSource {
        InputStream open() throws IOException;
    }

    /** The parser factory with the reading limits, for a second look at a refused file. */
    static JsonFactory factory() {
        return MAPPER.getFactory();
    }

    /** The pretty-printed JSON of a record, as Drawdown writes its files. */
    public static String toJson(Object value) {
        try {
            return WRITER.writeValueAsString(value) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Records of this package always serialize", e);
        }
    }

    // ************************************************************************
    // Nulls
    // ************************************************************************

    /**
     * Refuses a null inside a list: an id list or a list of entries never has a hole. A null field counts as an
     * absent one (many tools write an absent optional value as null): it gets its default, or is refused as missing
     * when it is required.
     */
    private static final class NullRefusingParser extends JsonParserDelegate {

        NullRefusingParser(JsonParser parser) {
            super(parser);
        }

        @Override
        public JsonToken nextToken() throws IOException {
            return refuseNull(super.nextToken());
        }

        @Override
        public JsonToken nextValue() throws IOException {
            return refuseNull(super.nextValue());
        }

        private JsonToken refuseNull(JsonToken token) throws JsonMappingException {
            if (token == JsonToken.VALUE_NULL && getParsingContext().inArray()) {
                throw new JsonRefusals.RefusedValue(this, "null is not allowed in a list");
            }
            return token;
        }
    }

    // ************************************************************************
    // Instants
    // ************************************************************************

    /** Accepts only "yyyy-MM-ddTHH:mm[:ss[.fff]]Z" on a whole minute: the model counts in whole minutes. */
    /**
     * Reads a time as Drawdown writes them: "yyyy-MM-ddTHH:mm[:ss[.fff]]Z" on a whole minute, the model counting in
     * whole minutes. Refuses anything else with a message that says what is wrong and, when it can, how to write it.
     */
    public static Instant parseUtcInstant(String text) {
        if (!UTC_INSTANT.matcher(text).matches()) {
            throw new IllegalArgumentException(notUtc(text));
        }
        Instant instant;
        try {
            instant = Instant.parse(text.length() == 17 ? text.substring(0, 16) + ":00Z" : text);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("\"" + text + "\" is not a real date and time");
        }
        if (instant.getEpochSecond() % 60 != 0 || instant.getNano() != 0) {
            throw new IllegalArgumentException(
                    "\"" + text + "\" is not on a whole minute; Drawdown plans in whole minutes");
        }
        return instant;
    }

    /** Says what is wrong with a time that is not UTC ISO-8601 and, when it can, how to write it. */
    private static String notUtc(String text) {
        String quoted = "\"" + text + "\"";
        try {
            TemporalAccessor time = DateTimeFormatter.ISO_DATE_TIME.parseBest(text, OffsetDateTime::from,
                    LocalDateTime::from);
            if (time instanceof OffsetDateTime withOffset) {
                return quoted + " has a UTC offset; write it in UTC: \"" + withOffset.toInstant() + "\"";
            }
            return quoted + " has no time zone; Drawdown times are UTC: \"" + text + "Z\"";
        } catch (DateTimeParseException e) {
            return quoted + " is not a UTC time such as \"2024-06-07T06:00:00Z\"";
        }
    }

    private static final class UtcInstantDeserializer extends StdScalarDeserializer<Instant> {

        UtcInstantDeserializer() {
            super(Instant.class);
        }

        @Override
        public Instant deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            if (parser.currentToken() != JsonToken.VALUE_STRING) {
                return (Instant) context.handleUnexpectedToken(Instant.class, parser);
            }
            try {
                return parseUtcInstant(parser.getText());
            } catch (IllegalArgumentException e) {
                throw new JsonRefusals.RefusedValue(parser, e.getMessage());
            }
        }
    }

    private static final class UtcInstantSerializer extends StdScalarSerializer<Instant> {

        UtcInstantSerializer() {
            super(Instant.class);
        }

        @Override
        public void serialize(Instant value, JsonGenerator generator, SerializerProvider provider)
                throws IOException {
            generator.writeString(value.toString());
        }
    }
}
