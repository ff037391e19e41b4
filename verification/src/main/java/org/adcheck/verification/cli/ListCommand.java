package org.adcheck.verification.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import org.adcheck.fixtures.Catalog;
import org.adcheck.fixtures.Fixture;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code adcheck list}: the catalog's fixtures, as an aligned table or as JSON. */
@Command(
        name = "list",
        mixinStandardHelpOptions = true,
        description = "Lists the fixtures of the catalog: name, variables, tags, number of golden points and "
                + "expression.",
        footer = {"", "Examples:", "  adcheck list --tags kink", "  adcheck list --json | jq -r '.[].name'"})
final class ListCommand implements Callable<Integer> {

    /** Lists of more variables than this are shortened in the table (not in JSON). */
    static final int VARIABLES_SHOWN = 4;

    @Spec
    CommandSpec spec;

    @Mixin
    DebugOption debug;

    @Option(names = "--json", description = "Print a JSON array: one object per fixture with name, expression, "
            + "variables, domains, tags, goldens (count), note and source.")
    boolean json;

    @Option(names = "--catalog", paramLabel = "DIR", description = "A directory of fixture files (default: the bundled catalog).")
    Path catalog;

    @Option(names = "--tags", paramLabel = "TAG", split = ",", description = "Only fixtures with one of these tags.")
    List<String> tags = new ArrayList<>();

    @Override
    public Integer call() throws Exception {
        Catalog chosen = catalog == null ? Catalog.bundled() : Catalog.load(catalog);
        if (!tags.isEmpty()) {
            Set<String> wanted = new LinkedHashSet<>(tags);
            chosen = chosen.withTags(wanted);
            if (chosen.size() == 0) {
                throw new UserInputException("--tags: no fixture has any of the tags " + wanted);
            }
        }
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            out.println(toJson(chosen.fixtures()));
        } else {
            out.print(table(chosen.fixtures()));
            out.println(chosen.size() + (chosen.size() == 1 ? " fixture" : " fixtures")
                    + (catalog == null ? " in the bundled catalog" : " in " + catalog));
        }
        out.flush();
        return AdcheckCommand.OK;
    }

    static String toJson(List<Fixture> fixtures) throws Exception {
        ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
        ArrayNode array = mapper.createArrayNode();
        for (Fixture f : fixtures) {
            ObjectNode node = array.addObject();
            node.put("name", f.name());
            node.put("expression", f.expression());
            ArrayNode variables = node.putArray("variables");
            f.variables().forEach(variables::add);
            ObjectNode domains = node.putObject("domains");
            f.domains().forEach((v, d) -> domains.put(v, d.toString()));
            ArrayNode tagArray = node.putArray("tags");
            f.tags().forEach(tagArray::add);
            node.put("goldens", f.goldens().size());
            node.put("note", f.note());
            node.put("source", f.source());
        }
        return mapper.writeValueAsString(array);
    }

    /** The aligned table, header first, the expression last so that it is never cut. */
    static String table(List<Fixture> fixtures) {
        List<String[]> rows = new ArrayList<>();
        rows.add(new String[] {"name", "variables", "tags", "goldens", "expression"});
        for (Fixture f : fixtures) {
            rows.add(new String[] {f.name(), variables(f.variables()), String.join(", ", f.tags()),
                String.valueOf(f.goldens().size()), f.expression()});
        }
        int[] widths = new int[4];
        for (String[] row : rows) {
            for (int c = 0; c < widths.length; c++) {
                widths[c] = Math.max(widths[c], row[c].length());
            }
        }
        StringBuilder text = new StringBuilder();
        for (String[] row : rows) {
            StringBuilder line = new StringBuilder();
            for (int c = 0; c < widths.length; c++) {
                String cell = row[c];
                boolean number = c == 3;
                String pad = " ".repeat(widths[c] - cell.length());
                line.append(number ? pad + cell : cell + pad).append("  ");
            }
            line.append(row[4]);
            text.append(line.toString().stripTrailing()).append(System.lineSeparator());
        }
        return text.toString();
    }

    /** {@code x, y}; past {@value #VARIABLES_SHOWN} variables, {@code x1, x2, x3, … (10)}. */
    static String variables(List<String> variables) {
        if (variables.size() <= VARIABLES_SHOWN) {
            return String.join(", ", variables);
        }
        return String.join(", ", variables.subList(0, VARIABLES_SHOWN - 1)) + ", … (" + variables.size() + ")";
    }
}
