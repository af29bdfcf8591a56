package org.drawdown.service;

import java.util.Map;

import io.javalin.config.JavalinConfig;
import io.javalin.http.staticfiles.Location;

/**
 * The planners' web page: plain HTML, script and style from the class path, nothing fetched from elsewhere, so that
 * it works offline. Its files hold no data, so they are served without the token, like the health checks; every
 * call the page makes to the API carries the token the planner enters.
 */
final class WebPage {

    /** Where the page lives; {@code /} leads there. */
    static final String PATH = "/web";

    private WebPage() {
    }

    static void addTo(JavalinConfig config) {
        config.staticFiles.add(files -> {
            files.hostedPath = PATH;
            files.directory = "/org/drawdown/service/web";
            files.location = Location.CLASSPATH;
            // A replica updated behind the load balancer serves its own page at once.
            files.headers = Map.of("Cache-Control", "no-cache");
        });
        config.routes.get("/", ctx -> ctx.redirect(PATH + "/"));
    }

    /** Whether a request path is the page's, open without the token. */
    static boolean isPublic(String path) {
        return path.equals("/") || path.equals(PATH) || path.startsWith(PATH + "/");
    }
}
