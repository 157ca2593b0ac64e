package org.crossmargin.simulation.report;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import com.github.mustachejava.DefaultMustacheFactory;
import com.github.mustachejava.Mustache;
import com.github.mustachejava.MustacheFactory;

/**
 * The page templates (Mustache, HTML-escaping by default) and the assets inlined into every page: the style sheet
 * and Apache ECharts, so a report opens offline, from an e-mail attachment.
 */
final class Templates {
    /** The ECharts release inlined into the page; it must match the {@code org.mvnpm:echarts} version of the pom. */
    static final String ECHARTS_VERSION = "5.6.0";
    /**
     * The "common" bundle: line, bar, pie and scatter charts with every component the report uses (grid, legend,
     * tooltip, markLine, markArea, log axes) and the SVG renderer, at 650 kB instead of the full 1 MB.
     */
    static final String ECHARTS_RESOURCE = "META-INF/resources/_static/echarts/" + ECHARTS_VERSION
            + "/dist/echarts.common.min.js";
    private static final String ROOT = "org/crossmargin/simulation/report";

    private static final MustacheFactory FACTORY = new DefaultMustacheFactory(ROOT);
    /**
     * The assets, read once per JVM on first use (a batch renders a page per scenario and the index). Two threads
     * may both read one (the same text); a failed read is not remembered, so the next use reports the same error.
     */
    private static volatile String css;
    private static volatile String echarts;

    private Templates() {
    }

    /** Renders template {@code name} (e.g. {@code report.mustache}) with {@code scope}. */
    static String render(String name, Map<String, Object> scope) {
        Mustache template = FACTORY.compile(name);
        StringWriter out = new StringWriter();
        template.execute(out, scope);
        return out.toString();
    }

    /**
     * Reads the assets and compiles template {@code name} into the factory's cache, so that a later
     * {@link #render} of it starts warm.
     */
    static void prepare(String name) {
        css();
        echarts();
        FACTORY.compile(name);
    }

    /** The style sheet shared by the pages. */
    static String css() {
        String text = css;
        if (text == null) {
            text = resource(ROOT + "/report.css");
            css = text;
        }
        return text;
    }

    /** The minified ECharts bundle. */
    static String echarts() {
        String text = echarts;
        if (text == null) {
            text = resource(ECHARTS_RESOURCE);
            echarts = text;
        }
        return text;
    }

    private static String resource(String path) {
        try (InputStream in = Templates.class.getClassLoader().getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("resource missing from the classpath: " + path);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read resource " + path, e);
        }
    }
}
