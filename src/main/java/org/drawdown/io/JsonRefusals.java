package org.drawdown.io;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.exc.InputCoercionException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.exc.StreamReadException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;

import org.apache.commons.text.similarity.LevenshteinDistance;

/**
 * Turns Jackson's exceptions into one {@link InputException} line: the JSON path of the entry with line and column,
 * then the problem in a short sentence of our own. Jackson's messages name its classes and features, which mean
 * nothing to someone fixing a scenario by hand.
 */
final class JsonRefusals {

    /** A value refused with a message already written for the user. */
    static final class RefusedValue extends MismatchedInputException {

        RefusedValue(JsonParser parser, String problem) {
            super(parser, problem);
        }
    }

    private record Rewrite(Pattern pattern, Function<MatchResult, String> sentence) {

        Optional<String> apply(String message) {
            Matcher matcher = pattern.matcher(message);
            return matcher.matches() ? Optional.of(sentence.apply(matcher)) : Optional.empty();
        }
    }

    private static final LevenshteinDistance EDITS = LevenshteinDistance.getDefaultInstance();
    private static final String UNEXPECTED = "Unexpected character \\('(.+)' \\(code [^)]+\\)\\)";

    /** Jackson's syntax messages, first match wins; each becomes a sentence after "broken JSON: ". */
    private static final List<Rewrite> SYNTAX_REWRITES = List.of(
            rewrite("Unexpected end-of-input.*", m -> "the file ends before the JSON is complete"),
            rewrite("Duplicate field '(.*)'", m -> "field \"" + m.group(1) + "\" appears twice"),
            rewrite("Invalid UTF-8 .*byte (0x\\p{XDigit}+).*", m -> "not valid UTF-8 (byte " + m.group(1) + ")"),
            rewrite("Illegal unquoted character \\(\\(CTRL-CHAR, code (\\d+)\\)\\).*",
                    m -> "control character (code " + m.group(1) + ") inside a string; JSON needs it escaped"),
            rewrite("Unexpected character \\('/'.*comment.*", m -> "comments are not allowed in JSON"),
            rewrite(UNEXPECTED + ": was expecting double-quote to start field name",
                    m -> "expected a field name in double quotes, found " + character(m.group(1))),
            rewrite(UNEXPECTED + ": was expecting comma to separate (Object|Array) entries",
                    m -> "expected ',' between entries, found " + character(m.group(1))),
            rewrite(UNEXPECTED + ": was expecting a colon.*",
                    m -> "expected ':' after the field name, found " + character(m.group(1))),
            rewrite(UNEXPECTED + ": expected a (valid )?value.*",
                    m -> "expected a value, found " + character(m.group(1))),
            rewrite(UNEXPECTED + " in numeric value.*", m -> "unexpected character " + character(m.group(1))
                    + " in a number"),
            rewrite(UNEXPECTED + ".*", m -> "unexpected character " + character(m.group(1))),
            rewrite("Unexpected character \\(\\(CTRL-CHAR, code (\\d+)\\)\\).*",
                    m -> "unexpected control character (code " + m.group(1) + ")"),
            rewrite("Illegal character \\(\\(CTRL-CHAR, code (\\d+)\\)\\): only regular white space.*",
                    m -> "control character (code " + m.group(1) + ") between values; only spaces, tabs and line"
                            + " breaks may stand there"),
            rewrite("Unrecognized character escape '(.)'.*",
                    m -> "\\" + m.group(1) + " is not an escape JSON knows; write \\\\ for a backslash"),
            rewrite("Unrecognized token '(.*)': was expecting.*",
                    m -> "unrecognized word '" + m.group(1) + "'; expected a value (a string needs double quotes)"),
            rewrite("Non-standard token '(.*)'.*", m -> m.group(1) + " is not a JSON number"),
            rewrite("Invalid numeric value: Leading zeroes not allowed", m -> "numbers must not start with 0"),
            rewrite("Unexpected close marker '(.)': expected '(.)'.*",
                    m -> "found '" + m.group(1) + "' where '" + m.group(2) + "' should close what is open"),
            rewrite("Unexpected close marker '(.)': no open .*",
                    m -> "'" + m.group(1) + "' closes nothing: the top-level value has ended"));

    /** Jackson's message on a reading limit names the limit's getter; each becomes our wording. */
    private static final Map<String, String> CONSTRAINTS = Map.of(
            "getMaxNestingDepth", "nested deeper than " + StrictJson.MAX_NESTING_DEPTH + " levels",
            "getMaxStringLength", "a string longer than " + StrictJson.MAX_STRING_LENGTH + " characters",
            "getMaxNumberLength", "a number with too many digits");

    private JsonRefusals() {
    }

    /**
     * Describes why Jackson refused the file. {@code parser} is the one that read it, still open: its position and
     * context say where the problem is, and which value was found.
     */
    static InputException describe(Path file, StrictJson.JsonSource source, JsonParser parser,
            JsonProcessingException e) {
        // Jackson wraps errors of the syntax with the path of the value being read; the parser knows better.
        JsonProcessingException cause = e instanceof JsonMappingException && !(e instanceof MismatchedInputException)
                && e.getCause() instanceof JsonProcessingException inner ? inner : e;
        if (cause instanceof UnrecognizedPropertyException unknown) {
            return unknownField(file, source, unknown);
        }
        if (cause instanceof StreamConstraintsException) {
            // Only the position of the value too big: the path of junk nested 64 deep is 64 times "[0]".
            return new InputException(file, entry("", parser.currentTokenLocation()), beyondLimits(cause));
        }
        // A number out of range is well-formed JSON, though jackson-core reports it like broken syntax.
        boolean brokenSyntax = cause instanceof StreamReadException && !(cause instanceof InputCoercionException);
        if (!brokenSyntax) {
            return refusedValue(file, parser, cause);
        }
        return new InputException(file, entry(pathOfSyntaxError(parser), cause.getLocation()),
                "broken JSON: " + brokenJson(cause.getOriginalMessage()));
    }

    /** The JSON is well formed but a value is not what the field takes; the parser stands on that value. */
    private static InputException refusedValue(Path file, JsonParser parser, JsonProcessingException cause) {
        if (parser.currentToken() == null) {
            return new InputException(file, "", "the file is empty");
        }
        String entry = entry(pathOf(parser.getParsingContext()), parser.currentTokenLocation());
        return new InputException(file, entry, valueProblem(parser, cause));
    }

    // ************************************************************************
    // Problems
    // ************************************************************************

    private static String valueProblem(JsonParser parser, JsonProcessingException cause) {
        if (cause instanceof InputCoercionException outOfRange) {
            return outOfRange(parser, outOfRange);
        }
        if (cause instanceof RefusedValue) {
            return cause.getOriginalMessage();
        }
        if (afterTopLevelValue(parser.getParsingContext())) {
            return "more JSON after the end of the top-level object; a file holds one object";
        }
        if (cause instanceof MismatchedInputException mismatch) {
            return mismatch(parser, mismatch);
        }
        return withoutJacksonDetail(cause.getOriginalMessage());
    }

    private static InputException unknownField(Path file, StrictJson.JsonSource source,
            UnrecognizedPropertyException unknown) {
        String field = unknown.getPropertyName();
        String fieldPath = path(unknown);
        String parentPath = fieldPath.substring(0, Math.max(0, fieldPath.length() - field.length() - 1));
        // Jackson reports unknown fields of a record when the whole record is read: find where the name stands.
        JsonLocation location = locateField(source, fieldPath);
        String suggestion = closest(field, unknown.getKnownPropertyIds())
                .map(known -> " (did you mean \"" + known + "\"?)").orElse("");
        String otherKind = parentPath.isEmpty() ? otherFileKind(unknown.getReferringClass(), field) : "";
        return new InputException(file, entry(parentPath, location),
                "unknown field \"" + field + "\"" + suggestion + otherKind);
    }

    /**
     * Says so when a top-level field marks the file as the other kind of Drawdown file: a plan given where the
     * scenario goes is most often a swap of the two arguments.
     */
    private static String otherFileKind(Class<?> expected, String field) {
        String found = expected == ScenarioJson.class ? "plan" : expected == PlanJson.class ? "scenario" : null;
        Class<?> other = expected == ScenarioJson.class ? PlanJson.class : ScenarioJson.class;
        if (found == null || Arrays.stream(other.getRecordComponents()).noneMatch(c -> c.getName().equals(field))) {
            return "";
        }
        String wanted = found.equals("plan") ? "scenario" : "plan";
        return ": this is a " + found + " file, not a " + wanted + " (swapped arguments? SCENARIO comes first, then"
                + " PLAN)";
    }

    private static String beyondLimits(JsonProcessingException e) {
        String message = Objects.requireNonNullElse(e.getOriginalMessage(), "");
        return CONSTRAINTS.entrySet().stream()
                .filter(limit -> message.contains(limit.getKey()))
                .map(limit -> limit.getValue() + "; not a Drawdown file")
                .findFirst()
                .orElse("too large to be a Drawdown file");
    }

    private static String outOfRange(JsonParser parser, InputCoercionException e) {
        Class<?> target = e.getTargetType();
        boolean isInt = target == int.class || target == Integer.class;
        String range = isInt ? Integer.MIN_VALUE + " to " + Integer.MAX_VALUE
                : Long.MIN_VALUE + " to " + Long.MAX_VALUE;
        return "the number " + text(parser) + " is out of range (" + range + ")";
    }

    private static String brokenJson(String message) {
        String line = firstLine(message);
        return SYNTAX_REWRITES.stream()
                .map(rewrite -> rewrite.apply(line))
                .flatMap(Optional::stream)
                .findFirst()
                .orElseGet(() -> withoutJacksonDetail(line));
    }

    private static String mismatch(JsonParser parser, MismatchedInputException e) {
        String expected = e.getTargetType() == null ? null : expected(e.getTargetType());
        if (expected == null) {
            return withoutJacksonDetail(e.getOriginalMessage());
        }
        String found = found(parser);
        return "expected " + expected + (found == null ? "" : ", found " + found);
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

    private static String found(JsonParser parser) {
        JsonToken token = parser.currentToken();
        if (token == null) {
            return null;
        }
        return switch (token) {
            case START_OBJECT -> "an object";
            case START_ARRAY -> "an array";
            case VALUE_STRING -> "\"" + shortened(text(parser), 40) + "\"";
            case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> "the number " + shortened(text(parser), 40);
            case VALUE_TRUE, VALUE_FALSE -> text(parser);
            case VALUE_NULL -> "null";
            default -> null;
        };
    }

    // ************************************************************************
    // Where: JSON paths and locations
    // ************************************************************************

    /**
     * Where a syntax error is: in the value of the field just named, else somewhere in the enclosing object or array
     * (the last field name or index there may belong to a value already complete).
     */
    private static String pathOfSyntaxError(JsonParser parser) {
        JsonStreamContext context = parser.getParsingContext();
        return parser.currentToken() == JsonToken.FIELD_NAME ? pathOf(context) : pathOf(context.getParent());
    }

    /** "cargo[1].weightKg" for the value the parser stands on; "" at the top level. */
    private static String pathOf(JsonStreamContext context) {
        if (context == null || context.inRoot()) {
            return "";
        }
        String parent = pathOf(context.getParent());
        if (context.inArray()) {
            return context.hasCurrentIndex() ? parent + "[" + context.getCurrentIndex() + "]" : parent;
        }
        String name = context.getCurrentName();
        if (name == null) {
            return parent;
        }
        return parent.isEmpty() ? name : parent + "." + name;
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

    /** The entry part of the message: path and position, either of which may be missing. */
    private static String entry(String path, JsonLocation location) {
        String position = location == null || location.getLineNr() < 1 ? ""
                : "line " + location.getLineNr() + ", column " + location.getColumnNr();
        if (path.isEmpty() || position.isEmpty()) {
            return path + position;
        }
        return path + " at " + position;
    }

    /** True when the parser has moved past the one top-level value a file may hold. */
    private static boolean afterTopLevelValue(JsonStreamContext context) {
        JsonStreamContext root = context;
        while (!root.inRoot()) {
            root = root.getParent();
        }
        return root.getCurrentIndex() > 0;
    }

    /** Reads the JSON again up to the field at {@code fieldPath}; null if it cannot be found. */
    private static JsonLocation locateField(StrictJson.JsonSource source, String fieldPath) {
        JsonFactory factory = StrictJson.factory();
        try (InputStream in = source.open(); JsonParser parser = factory.createParser(in)) {
            for (JsonToken token = parser.nextToken(); token != null; token = parser.nextToken()) {
                if (token == JsonToken.FIELD_NAME && fieldPath.equals(pathOf(parser.getParsingContext()))) {
                    return parser.currentTokenLocation();
                }
            }
        } catch (IOException e) {
            // The file read fine up to this field a moment ago; without a location the message still names it.
        }
        return null;
    }

    // ************************************************************************
    // Wording
    // ************************************************************************

    /** The known field a misspelled one most likely meant: a typo or two away, ignoring case; none for short names. */
    private static Optional<String> closest(String field, Collection<Object> known) {
        String wanted = field.toLowerCase(Locale.ROOT);
        int typos = Math.min(2, wanted.length() / 3);
        return known.stream()
                .map(String::valueOf)
                .filter(name -> EDITS.apply(name.toLowerCase(Locale.ROOT), wanted) <= typos)
                .min(Comparator.comparingInt(name -> EDITS.apply(name.toLowerCase(Locale.ROOT), wanted)));
    }


    private static Rewrite rewrite(String regex, Function<MatchResult, String> sentence) {
        return new Rewrite(Pattern.compile(regex), sentence);
    }

    /** A character as the message shows it: in double quotes, or in single quotes when it is a double quote. */
    private static String character(String c) {
        return c.equals("\"") ? "'\"'" : "\"" + c + "\"";
    }

    /** Jackson's message without the parts that speak to Java programmers: source, codes, feature hints. */
    private static String withoutJacksonDetail(String message) {
        String line = firstLine(message)
                .replaceAll(" ?\\(code [^)]+\\)", "")
                .replaceAll(" ?\\[Source: [^\\]]*\\]", "")
                .replaceAll(" ?\\(but (might|could) if .*", "")
                .replaceAll(":? ?(enable|not allowed as per) `[^`]*`.*", "");
        return shortened(line, 200);
    }

    private static String firstLine(String message) {
        return message == null ? "unreadable" : message.lines().findFirst().orElse("unreadable");
    }

    private static String shortened(String text, int length) {
        return text.length() > length ? text.substring(0, length) + "..." : text;
    }

    private static String text(JsonParser parser) {
        try {
            return parser.getText();
        } catch (IOException e) {
            return "?";
        }
    }
}
