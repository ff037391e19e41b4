package org.adcheck.verification.report;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamReadException;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.core.json.JsonWriteFeature;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.util.StdConverter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.adcheck.verification.Verdict;

/**
 * Writes a {@link RunReport} as the three files of {@code --report DIR}, and reads
 * {@code report.json} back (for baselines and {@code adcheck diff}).
 *
 * <ul>
 *   <li>{@value #JSON}: the machine-readable record. Keys follow the records' component order,
 *       verdict counts follow {@link Verdict}'s order, doubles print as the shortest text that
 *       reads back to the same double, and NaN and infinities print as the strings {@code "NaN"},
 *       {@code "Infinity"}, {@code "-Infinity"}. The same report always gives the same bytes.
 *   <li>{@value #HTML}: one self-contained page (inline CSS, script and SVG, no network) with a
 *       summary, a sortable and filterable table of fixtures and error charts.
 *   <li>{@value #MARKDOWN}: the summary table, for pull-request comments.
 * </ul>
 */
public final class ReportWriter {

    /** The machine-readable report, the basis of baselines. */
    public static final String JSON = "report.json";
    /** The self-contained HTML page. */
    public static final String HTML = "index.html";
    /** The Markdown summary. */
    public static final String MARKDOWN = "report.md";

    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .enable(JsonWriteFeature.WRITE_NAN_AS_STRINGS)
            .enable(JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS)
            .enable(DeserializationFeature.FAIL_ON_MISSING_CREATOR_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_CREATOR_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .addMixIn(FixtureReport.class, FixtureReportJson.class)
            .build();

    private static final ObjectWriter WRITER = MAPPER.writer(new DefaultPrettyPrinter()
            .withSeparators(Separators.createDefaultInstance()
                    .withObjectFieldValueSpacing(Separators.Spacing.AFTER))
            .withObjectIndenter(new DefaultIndenter("  ", "\n"))
            .withArrayIndenter(DefaultPrettyPrinter.FixedSpaceIndenter.instance));

    private ReportWriter() {}

    /**
     * Writes {@value #JSON}, {@value #HTML} and {@value #MARKDOWN} into {@code directory},
     * creating it if needed and replacing files of those names.
     *
     * @throws UncheckedIOException when a file cannot be written
     */
    public static void write(RunReport report, Path directory) {
        try {
            Files.createDirectories(directory);
            Files.writeString(directory.resolve(JSON), toJson(report), StandardCharsets.UTF_8);
            Files.writeString(directory.resolve(HTML), HtmlReport.render(report), StandardCharsets.UTF_8);
            Files.writeString(directory.resolve(MARKDOWN), MarkdownReport.render(report), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the report to " + directory + ": " + e.getMessage(), e);
        }
    }

    /**
     * Writes only the JSON report to {@code file} (e.g. a committed baseline), through a temporary
     * file in the same directory so that a failed write never leaves half a baseline.
     *
     * @throws UncheckedIOException when the file cannot be written
     */
    public static void writeJson(RunReport report, Path file) {
        Path absolute = file.toAbsolutePath();
        try {
            Files.createDirectories(absolute.getParent());
            Path tmp = Files.createTempFile(absolute.getParent(), ".report", ".json");
            try {
                Files.writeString(tmp, toJson(report), StandardCharsets.UTF_8);
                Files.move(tmp, absolute, java.nio.file.StandardCopyOption.REPLACE_EXISTING,
                        java.nio.file.StandardCopyOption.ATOMIC_MOVE);
            } finally {
                Files.deleteIfExists(tmp);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file + ": " + e.getMessage(), e);
        }
    }

    /** The text of {@value #JSON}: indented JSON ending with a newline; deterministic. */
    public static String toJson(RunReport report) {
        try {
            return WRITER.writeValueAsString(report) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot serialise the run report: " + e.getOriginalMessage(), e);
        }
    }

    /** The text of {@value #HTML}. */
    public static String toHtml(RunReport report) {
        return HtmlReport.render(report);
    }

    /** The text of {@value #MARKDOWN}. */
    public static String toMarkdown(RunReport report) {
        return MarkdownReport.render(report);
    }

    /**
     * Reads a {@value #JSON} written by {@link #write}.
     *
     * @throws ReportFileException when the file is missing, unreadable, empty, malformed or not
     *     an adcheck report; the message names the file, e.g.
     *     {@code old.json:3:7: Unexpected character ('}' (code 125)): was expecting double-quote to start field name}
     */
    public static RunReport readJson(Path file) {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new ReportFileException(file, file + ": no such file", e);
        } catch (AccessDeniedException e) {
            throw new ReportFileException(file, file + ": permission denied", e);
        } catch (IOException e) {
            String reason = Files.isDirectory(file) ? "is a directory, expected a report.json file" : e.getMessage();
            throw new ReportFileException(file, file + ": cannot read: " + reason, e);
        }
        if (new String(bytes, StandardCharsets.UTF_8).isBlank()) {
            throw new ReportFileException(file, file + ": empty file, expected an adcheck report.json", null);
        }
        return parse(file, bytes);
    }

    /** Reads the text of a {@value #JSON}; {@code source} names it in error messages. */
    static RunReport parse(Path source, byte[] json) {
        try {
            return MAPPER.readValue(json, RunReport.class);
        } catch (IOException e) {
            throw new ReportFileException(source, source + ":" + describe(e), e);
        }
    }

    /**
     * {@code line:column: [at path: ]message}, on one line. Syntax errors get no path (the
     * position says it all); a missing field reads {@code at fixtures[0]: missing field 'points'}.
     */
    private static String describe(IOException e) {
        Throwable syntax = e;
        while (syntax.getCause() != null && !(syntax instanceof StreamReadException)) {
            syntax = syntax.getCause();
        }
        JsonProcessingException located = syntax instanceof StreamReadException s ? s
                : e instanceof JsonProcessingException p ? p : null;
        if (located == null) {
            return " " + e.getMessage();
        }
        String message = located.getOriginalMessage();
        message = message == null ? e.getClass().getSimpleName() : message.lines().findFirst().orElse("").strip();
        List<JsonMappingException.Reference> path = located instanceof JsonMappingException m ? m.getPath() : List.of();
        Matcher missing = MISSING.matcher(message);
        if (missing.lookingAt()) {
            message = (path.size() <= 1 ? "not an adcheck report: " : "") + "missing field '" + missing.group(1) + "'";
            path = path.isEmpty() ? path : path.subList(0, path.size() - 1);
        } else if (message.startsWith("No content to map")) {
            message = "no JSON content, expected an adcheck report";
        }
        message = SOURCE.matcher(message).replaceAll("line $1, column $2")
                .replace("`" + RunReport.class.getPackageName() + ".", "`");
        String where = "";
        if (located.getLocation() != null) {
            JsonLocation at = located.getLocation();
            where = at.getLineNr() + ":" + at.getColumnNr() + ": ";
        }
        if (!path.isEmpty()) {
            where += "at " + path(path) + ": ";
        }
        return where.isEmpty() ? " " + message : where + message;
    }

    /** Jackson's nested locations, {@code [Source: REDACTED (...); line: 2, column: 15]}. */
    private static final Pattern SOURCE = Pattern.compile("\\[Source: [^\\]]*?; line: (\\d+), column: (\\d+)\\]");

    private static final Pattern MISSING = Pattern.compile("Missing (?:required )?creator property '([^']*)'");

    /** {@code fixtures[2].verdicts}. */
    private static String path(List<JsonMappingException.Reference> references) {
        StringBuilder path = new StringBuilder();
        for (JsonMappingException.Reference r : references) {
            if (r.getIndex() >= 0) {
                path.append('[').append(r.getIndex()).append(']');
            } else if (r.getFieldName() != null) {
                path.append(path.length() == 0 ? "" : ".").append(r.getFieldName());
            }
        }
        return path.toString();
    }

    /** Jackson annotations for {@link FixtureReport}, kept out of the model. */
    abstract static class FixtureReportJson {
        @JsonSerialize(converter = VerdictOrder.class)
        abstract Map<String, Integer> verdicts();
    }

    /**
     * Puts verdict counts in {@link Verdict}'s order (the model holds them in a {@code Map.copyOf},
     * whose iteration order changes from one JVM to the next); unknown names follow, sorted.
     */
    static final class VerdictOrder extends StdConverter<Map<String, Integer>, Map<String, Integer>> {
        @Override
        public Map<String, Integer> convert(Map<String, Integer> counts) {
            Map<String, Integer> ordered = new LinkedHashMap<>();
            for (Verdict v : Verdict.values()) {
                if (counts.containsKey(v.name())) {
                    ordered.put(v.name(), counts.get(v.name()));
                }
            }
            new TreeMap<>(counts).forEach(ordered::putIfAbsent);
            return ordered;
        }
    }
}
