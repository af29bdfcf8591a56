package org.drawdown.io;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.exc.InputCoercionException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.annotation.JsonInclude;
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
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.StdScalarSerializer;
import com.fasterxml.jackson.databind.type.LogicalType;

/**
 * Reads and writes Drawdown's JSON files strictly: no unknown or duplicate fields, no silent coercion (a 12.5 is not
 * a whole number, "12" is not a number), times in UTC ISO-8601 only. Every refusal becomes one
 * {@link InputException} line naming the file, the JSON path and, for broken JSON, line and column.
 */
public final class StrictJson {

    /** Real files nest four levels deep; anything far deeper is junk, refused before it costs stack. */
    private static final int MAX_NESTING_DEPTH = 64;
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
                StreamReadConstraints.builder().maxNestingDepth(MAX_NESTING_DEPTH).build());
        for (LogicalType scalar : List.of(LogicalType.Integer, LogicalType.Float, LogicalType.Boolean,
                LogicalType.Textual)) {
            mapper.coercionConfigFor(scalar)
                    .setCoercion(CoercionInputShape.String, CoercionAction.Fail)
                    .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                    .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                    .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail)
                    .setCoercion(CoercionInputShape.EmptyString, CoercionAction.Fail);
        }
        // An explicit null in a list ("cargo": [null]) is an entry without fields, not a missing list.
        mapper.coercionConfigFor(LogicalType.Collection).setCoercion(CoercionInputShape.EmptyString,
                CoercionAction.Fail);
        return mapper;
    }

    /** Parses a file into the record type, or refuses it with one clear line. */
    public static <T> T read(Path file, Class<T> type) throws InputException {
        try (InputStream in = Files.newInputStream(file)) {
            T value = MAPPER.readValue(in, type);
            if (value == null) {
                throw new InputException(file, "", "expected a JSON object, found null");
            }
            return value;
        } catch (NoSuchFileException e) {
            throw new InputException(file, "", "no such file");
        } catch (JsonProcessingException e) {
            throw describe(file, e);
        } catch (IOException e) {
            throw new InputException(file, "", "cannot be read: " + e.getMessage());
        }
    }

    /** The pretty-printed JSON of a record, as Drawdown writes its files. */
    public static String toJson(Object value) {
        try {
            return WRITER.writeValueAsString(value) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Records of this package always serialize", e);
        }
    }

    /**
     * Writes a file so that readers see the old content or the new, never a part: write a temporary file beside it,
     * then rename it over the target.
     */
    public static void writeAtomically(Path target, String content) throws IOException {
        Path absolute = target.toAbsolutePath();
        Path directory = absolute.getParent();
        Files.createDirectories(directory);
        // Created like any new file (not with createTempFile's owner-only permissions), under a unique name.
        Path temporary = Files.createFile(
                directory.resolve("." + absolute.getFileName() + "." + UUID.randomUUID() + ".tmp"));
        try {
            Files.writeString(temporary, content);
            try {
                Files.move(temporary, absolute, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temporary, absolute, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(temporary);
        }
    }

    // ************************************************************************
    // Error messages
    // ************************************************************************

    static InputException describe(Path file, JsonProcessingException e) {
        String at = location(e.getLocation());
        if (e instanceof UnrecognizedPropertyException unknown) {
            return new InputException(file, path(unknown),
                    "unknown field \"" + unknown.getPropertyName() + "\"" + at);
        }
        if (e instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
            Throwable cause = mapping.getCause();
            if (cause instanceof JsonProcessingException inner && !(cause instanceof JsonMappingException)) {
                return new InputException(file, path(mapping), firstLine(inner.getOriginalMessage()) + at);
            }
            return new InputException(file, path(mapping), mismatch(mapping) + at);
        }
        if (e instanceof StreamConstraintsException) {
            return new InputException(file, at.strip(),
                    "nested deeper than " + MAX_NESTING_DEPTH + " levels; not a Drawdown file");
        }
        if (e instanceof InputCoercionException coercion) {
            return new InputException(file, at.strip(), firstLine(coercion.getOriginalMessage()));
        }
        if (e instanceof MismatchedInputException mismatch && mismatch.getPath().isEmpty()) {
            if (mismatch.getLocation() != null && mismatch.getLocation().getCharOffset() <= 0
                    && mismatch.getOriginalMessage().contains("end-of-input")) {
                return new InputException(file, "", "the file is empty");
            }
            return new InputException(file, at.strip(), mismatch(mismatch));
        }
        return new InputException(file, at.strip(), "broken JSON: " + firstLine(e.getOriginalMessage()));
    }

    private static String mismatch(JsonMappingException e) {
        if (e instanceof MismatchedInputException mismatch && mismatch.getTargetType() != null) {
            String found = found(mismatch);
            String expected = expected(mismatch.getTargetType());
            if (expected != null) {
                return "expected " + expected + (found == null ? "" : ", found " + found);
            }
        }
        return firstLine(e.getOriginalMessage());
    }

    private static String expected(Class<?> type) {
        if (type == Integer.class || type == int.class || type == Long.class || type == long.class) {
            return "a whole number";
        }
        if (type == Double.class || type == double.class) {
            return "a number";
        }
        if (type == Boolean.class || type == boolean.class) {
            return "true or false";
        }
        if (type == String.class) {
            return "a string";
        }
        if (type == Instant.class) {
            return "a UTC time such as \"2024-06-07T06:00:00Z\"";
        }
        if (Collection.class.isAssignableFrom(type)) {
            return "an array";
        }
        if (type.isRecord() || Map.class.isAssignableFrom(type)) {
            return "an object";
        }
        return null;
    }

    private static String found(MismatchedInputException e) {
        if (!(e.getProcessor() instanceof JsonParser parser)) {
            return null;
        }
        JsonToken token = parser.currentToken();
        if (token == null) {
            return null;
        }
        return switch (token) {
            case START_OBJECT -> "an object";
            case START_ARRAY -> "an array";
            case VALUE_STRING -> "a string";
            case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> "the number " + text(parser);
            case VALUE_TRUE, VALUE_FALSE -> text(parser);
            case VALUE_NULL -> "null";
            default -> null;
        };
    }

    private static String text(JsonParser parser) {
        try {
            return parser.getText();
        } catch (IOException e) {
            return "a value";
        }
    }

    private static String path(JsonMappingException e) {
        StringBuilder path = new StringBuilder();
        for (JsonMappingException.Reference reference : e.getPath()) {
            if (reference.getIndex() >= 0) {
                path.append('[').append(reference.getIndex()).append(']');
            } else if (reference.getFieldName() != null) {
                if (!path.isEmpty()) {
                    path.append('.');
                }
                path.append(reference.getFieldName());
            }
        }
        return path.toString();
    }

    private static String location(JsonLocation location) {
        if (location == null || location.getLineNr() < 0) {
            return "";
        }
        return " (line " + location.getLineNr() + ", column " + location.getColumnNr() + ")";
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "unreadable";
        }
        String line = message.lines().findFirst().orElse(message);
        return line.length() > 200 ? line.substring(0, 200) + "..." : line;
    }

    // ************************************************************************
    // Instants
    // ************************************************************************

    /** Accepts only "yyyy-MM-ddTHH:mm[:ss[.fff]]Z" on a whole minute: the model counts in whole minutes. */
    private static final class UtcInstantDeserializer extends StdScalarDeserializer<Instant> {

        UtcInstantDeserializer() {
            super(Instant.class);
        }

        @Override
        public Instant deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            if (parser.currentToken() != JsonToken.VALUE_STRING) {
                return (Instant) context.handleUnexpectedToken(Instant.class, parser);
            }
            String text = parser.getText();
            if (!UTC_INSTANT.matcher(text).matches()) {
                throw MismatchedInputException.from(parser, Instant.class,
                        "\"" + text + "\" is not a UTC ISO-8601 time such as \"2024-06-07T06:00:00Z\"");
            }
            Instant instant;
            try {
                instant = Instant.parse(text.length() == 17 ? text.substring(0, 16) + ":00Z" : text);
            } catch (DateTimeParseException e) {
                throw MismatchedInputException.from(parser, Instant.class, "\"" + text + "\" is not a valid time");
            }
            if (instant.getEpochSecond() % 60 != 0 || instant.getNano() != 0) {
                throw MismatchedInputException.from(parser, Instant.class,
                        "\"" + text + "\" is not on a whole minute; Drawdown plans in whole minutes");
            }
            return instant;
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

    /** Lists ids joined for messages, shortened when long. */
    static String list(Collection<String> ids) {
        String joined = ids.stream().limit(5).collect(Collectors.joining(", "));
        return ids.size() > 5 ? joined + " and " + (ids.size() - 5) + " more" : joined;
    }
}
