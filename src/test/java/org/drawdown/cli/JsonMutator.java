package org.drawdown.cli;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.BiConsumer;
import java.util.function.Predicate;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Breaks a valid Drawdown file the way people and tools do: fields dropped, duplicated or renamed; numbers made
 * negative, zero, huge, fractional or strings; ids shuffled or dangling; times moved; the file cut short; values
 * nested deep; non-ASCII text. Each mutation says what it did, so that a failing case can be written down.
 */
final class JsonMutator {

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    /** Fields holding ids, and lists of ids (their items are named after the list). */
    private static final List<String> ID_FIELDS = List.of("id", "type", "base", "origin", "destination", "aircraft",
            "from", "to", "country", "code", "scenario", "cargo", "personnel", "leftBehind", "unassigned",
            "aircraftTypes", "overflies", "clearanceFreeCountries");
    private static final List<String> NON_ASCII = List.of("Zürich", "東京 ✈", "\u202Eevil", "e\u0301", "🛫🛬",
            "\u00A0", "Ωmega", "\uD83D\uDE00x");
    private static final List<Object> NUMBERS = List.of(-1, 0, 1, -2_147_483_648, 2_147_483_647,
            2_147_483_648L, 9_223_372_036_854_775_807L, -9_223_372_036_854_775_807L, 1_000_000_000, 0.5, 12.75,
            1e300, "12", 100_000, 999_999_999_999L);

    /** Big enough for sums and products of them to overflow an int or a long. */
    private static final List<Object> HUGE = List.of(2_147_483_647, 1_000_000_000, 9_223_372_036_854_775_807L,
            4_611_686_018_427_387_904L, 100_000_000_000L);

    private final Random random;
    private final List<String> done = new ArrayList<>();

    JsonMutator(long seed) {
        this.random = new Random(seed);
    }

    /** What was done so far, for the failure message. */
    String description() {
        return String.join("; ", done);
    }

    /** One to three mutations of the JSON text. */
    String mutate(String json) {
        String text = json;
        int count = 1 + random.nextInt(3);
        for (int i = 0; i < count; i++) {
            text = mutateOnce(text);
        }
        return text;
    }

    private String mutateOnce(String json) {
        int kind = random.nextInt(100);
        if (kind < 5) {
            int cut = random.nextInt(json.length());
            done.add("cut at " + cut);
            return json.substring(0, cut);
        }
        if (kind < 10) {
            return duplicateField(json);
        }
        JsonNode root;
        try {
            root = MAPPER.readTree(json);
        } catch (JsonProcessingException e) {
            root = null; // already cut short: only the text can be broken further
        }
        if (!(root instanceof ObjectNode)) {
            done.add("left as it is");
            return json;
        }
        List<Place> places = new ArrayList<>();
        collect(root, "", places);
        Place place = places.get(random.nextInt(places.size()));
        if (kind < 20) {
            drop(place);
        } else if (kind < 30) {
            rename(place);
        } else if (kind < 55) {
            number(place, places);
        } else if (kind < 75) {
            id(place, places);
        } else if (kind < 85) {
            time(place, places);
        } else if (kind < 92) {
            int depth = 1 + random.nextInt(random.nextBoolean() ? 8 : 120);
            JsonNode nested = NODES.arrayNode();
            for (int i = 1; i < depth; i++) {
                nested = NODES.arrayNode().add(nested);
            }
            place.set(nested);
            done.add("nested " + depth + " deep at " + place.path());
        } else {
            String text = NON_ASCII.get(random.nextInt(NON_ASCII.size()));
            Place string = pick(places, p -> p.value().isTextual(), place);
            string.set(NODES.textNode(random.nextBoolean() ? text : string.value().asText() + text));
            done.add("non-ASCII \"" + text + "\" at " + string.path());
        }
        return root.toPrettyString();
    }

    // ************************************************************************
    // Mutations
    // ************************************************************************

    private void drop(Place place) {
        place.remove();
        done.add("dropped " + place.path());
    }

    private void rename(Place place) {
        if (place.parent() instanceof ObjectNode object) {
            String name = place.name();
            String renamed = switch (random.nextInt(4)) {
                case 0 -> name.toUpperCase();
                case 1 -> name + "s";
                case 2 -> name.isEmpty() ? "x" : name.substring(1);
                default -> name + "é";
            };
            object.remove(name);
            object.set(renamed, place.value());
            done.add("renamed " + place.path() + " to " + renamed);
        } else {
            drop(place);
        }
    }

    private void number(Place place, List<Place> places) {
        Place number = pick(places, p -> p.value().isNumber(), place);
        Object value = random.nextInt(3) == 0 ? HUGE.get(random.nextInt(HUGE.size()))
                : NUMBERS.get(random.nextInt(NUMBERS.size()));
        number.set(MAPPER.valueToTree(value));
        done.add("number " + value + " at " + number.path());
    }

    private void id(Place place, List<Place> places) {
        Place id = pick(places, p -> p.value().isTextual() && ID_FIELDS.contains(p.name()), place);
        List<Place> others = places.stream().filter(p -> p.value().isTextual() && ID_FIELDS.contains(p.name()))
                .toList();
        String value = random.nextBoolean() || others.isEmpty() ? "DANGLING-" + random.nextInt(3)
                : others.get(random.nextInt(others.size())).value().asText();
        id.set(NODES.textNode(value));
        done.add("id \"" + value + "\" at " + id.path());
    }

    private void time(Place place, List<Place> places) {
        Place time = pick(places, p -> p.value().isTextual() && p.value().asText().matches("\\d{4}-.*Z"), place);
        String[] choices = {"2024-06-01T00:07:00Z", "1970-01-01T00:00:00Z", "9999-12-31T23:59:00Z",
            "2024-06-01T00:00:00+01:00", "2024-06-01", "2024-02-30T00:00:00Z", "2025-06-01T00:00:00Z",
            "2024-05-31T00:00:00Z", "2024-06-03T12:00:00Z"};
        String value = choices[random.nextInt(choices.length)];
        time.set(NODES.textNode(value));
        done.add("time " + value + " at " + time.path());
    }

    /** A field written twice: only in the text, since a tree cannot hold it. */
    private String duplicateField(String json) {
        int quote = json.indexOf("\n  \"", random.nextInt(json.length()));
        if (quote < 0) {
            done.add("left as it is");
            return json;
        }
        int lineEnd = json.indexOf('\n', quote + 1);
        String line = json.substring(quote + 1, lineEnd);
        if (!line.endsWith(",")) {
            done.add("left as it is");
            return json;
        }
        done.add("duplicated line " + line.trim());
        return json.substring(0, lineEnd) + "\n" + line + json.substring(lineEnd);
    }

    // ************************************************************************
    // Places in the tree
    // ************************************************************************

    /** A value in the tree with what holds it: an object (by name) or an array (by index). */
    private record Place(JsonNode parent, String name, int index, JsonNode value, String path) {

        void set(JsonNode replacement) {
            if (parent instanceof ObjectNode object) {
                object.set(name, replacement);
            } else {
                ((ArrayNode) parent).set(index, replacement);
            }
        }

        void remove() {
            if (parent instanceof ObjectNode object) {
                object.remove(name);
            } else {
                ((ArrayNode) parent).remove(index);
            }
        }
    }

    private static void collect(JsonNode node, String path, List<Place> places) {
        BiConsumer<Place, JsonNode> add = (place, value) -> {
            places.add(place);
            collect(value, place.path(), places);
        };
        if (node instanceof ObjectNode object) {
            for (Iterator<Map.Entry<String, JsonNode>> it = object.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> field = it.next();
                String at = path.isEmpty() ? field.getKey() : path + "." + field.getKey();
                add.accept(new Place(object, field.getKey(), -1, field.getValue(), at), field.getValue());
            }
        } else if (node instanceof ArrayNode array) {
            for (int i = 0; i < array.size(); i++) {
                String name = path.contains(".") ? path.substring(path.lastIndexOf('.') + 1) : path;
                add.accept(new Place(array, name.replaceAll("\\[.*", ""), i, array.get(i), path + "[" + i + "]"),
                        array.get(i));
            }
        }
    }

    /** A random place that passes the test, else the fallback. */
    private Place pick(List<Place> places, Predicate<Place> test, Place fallback) {
        List<Place> fitting = places.stream().filter(test).toList();
        return fitting.isEmpty() ? fallback : fitting.get(random.nextInt(fitting.size()));
    }
}
