package org.drawdown.report;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Properties;

/**
 * ECharts, read from its WebJar on the class path to be inlined into the page: planners open reports on closed
 * networks, so the page loads nothing from anywhere. The WebJar's own Maven properties say which version it is.
 */
final class EChartsLibrary {

    private static final String WEBJAR_PROPERTIES = "/META-INF/maven/org.webjars.npm/echarts/pom.properties";

    private EChartsLibrary() {
    }

    /** The minified library, with its licence header. */
    static String source() {
        String version = properties().getProperty("version");
        String path = "/META-INF/resources/webjars/echarts/" + version + "/dist/echarts.min.js";
        String source = read(path);
        if (source.contains("</script")) {
            throw new IllegalStateException(path + " cannot be inlined: it contains </script");
        }
        return source;
    }

    private static Properties properties() {
        Properties properties = new Properties();
        try (InputStream in = open(WEBJAR_PROPERTIES)) {
            properties.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return properties;
    }

    private static String read(String path) {
        try (InputStream in = open(path)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static InputStream open(String path) {
        InputStream in = EChartsLibrary.class.getResourceAsStream(path);
        if (in == null) {
            throw new IllegalStateException(path + " is not on the class path: the ECharts WebJar is missing");
        }
        return in;
    }
}
