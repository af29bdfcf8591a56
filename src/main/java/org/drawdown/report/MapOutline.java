package org.drawdown.report;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Country outlines for the map, drawn offline: Natural Earth's 1:110m countries (public domain) over Europe, Africa
 * and the Middle East, bundled as GeoJSON (outline/SOURCE.md says how it was made). A page carries only the
 * countries its scenario's region touches.
 */
final class MapOutline {

    private static final String RESOURCE = "/org/drawdown/report/outline/countries.json";

    private MapOutline() {
    }

    /** The countries with a polygon inside {@code [west, south, east, north]} in degrees, as a GeoJSON collection. */
    static JsonNode within(double west, double south, double east, double north) {
        ObjectMapper json = new ObjectMapper();
        ObjectNode all = read(json);
        ArrayNode kept = json.createArrayNode();
        for (JsonNode country : all.path("features")) {
            if (touches(country.path("geometry").path("coordinates"), west, south, east, north)) {
                kept.add(country);
            }
        }
        return all.set("features", kept);
    }

    /** Whether the bounding box of any polygon of the multipolygon meets the box. */
    private static boolean touches(JsonNode multiPolygon, double west, double south, double east, double north) {
        for (JsonNode polygon : multiPolygon) {
            double minLon = Double.MAX_VALUE;
            double maxLon = -Double.MAX_VALUE;
            double minLat = Double.MAX_VALUE;
            double maxLat = -Double.MAX_VALUE;
            for (JsonNode point : polygon.path(0)) {
                minLon = Math.min(minLon, point.get(0).asDouble());
                maxLon = Math.max(maxLon, point.get(0).asDouble());
                minLat = Math.min(minLat, point.get(1).asDouble());
                maxLat = Math.max(maxLat, point.get(1).asDouble());
            }
            if (minLon <= east && maxLon >= west && minLat <= north && maxLat >= south) {
                return true;
            }
        }
        return false;
    }

    private static ObjectNode read(ObjectMapper json) {
        try (InputStream in = MapOutline.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is not on the class path");
            }
            return (ObjectNode) json.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
