package org.adcheck.verification.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ListCommandTests {

    private static final String NL = System.lineSeparator();

    @Test
    void listsTheCatalogAsAnAlignedTable() throws Exception {
        Cli cli = Cli.run("list", "--catalog", catalog());

        assertThat(cli.out()).isEqualTo(String.join(NL,
                "name            variables       tags            goldens  expression",
                "seed            x1, x2          seed, tutorial        2  log(x1) + x1*x2 - sin(x2)",
                "abs-kink        x, y            kink                  0  abs(x - 1) * y",
                "five-variables  p, q, r, … (5)                        0  p*q + r/s - t",
                "3 fixtures in " + catalog(), ""));
        assertThat(cli.err()).isEmpty();
        assertThat(cli.exitCode()).isZero();
    }

    @Test
    void jsonHasOneObjectPerFixture() throws Exception {
        Cli cli = Cli.run("list", "--json", "--catalog", catalog());

        JsonNode array = new ObjectMapper().readTree(cli.out());
        assertThat(array.isArray()).isTrue();
        assertThat(names(array)).containsExactly("seed", "abs-kink", "five-variables");
        JsonNode seed = array.get(0);
        assertThat(seed.get("expression").asText()).isEqualTo("log(x1) + x1*x2 - sin(x2)");
        assertThat(seed.get("variables").toString()).isEqualTo("[\"x1\",\"x2\"]");
        assertThat(seed.get("tags").toString()).isEqualTo("[\"seed\",\"tutorial\"]");
        assertThat(seed.get("goldens").asInt()).isEqualTo(2);
        assertThat(seed.get("domains").get("x1").asText()).isEqualTo("(0.0, 10.0]");
        assertThat(array.get(1).get("note").asText()).isEqualTo("abs has a kink at x = 1.");
        assertThat(cli.exitCode()).isZero();
    }

    @Test
    void tagsSelectFixtures() throws Exception {
        Cli cli = Cli.run("list", "--json", "--catalog", catalog(), "--tags", "kink,nothing");

        assertThat(names(new ObjectMapper().readTree(cli.out()))).containsExactly("abs-kink");
        assertThat(cli.exitCode()).isZero();
    }

    @Test
    void tagsThatMatchNothingAreBadInput() throws Exception {
        Cli cli = Cli.run("list", "--catalog", catalog(), "--tags", "nothing");

        assertThat(cli.err()).isEqualTo("adcheck list: --tags: no fixture has any of the tags [nothing]" + NL);
        assertThat(cli.exitCode()).isEqualTo(2);
    }

    @Test
    void aMissingCatalogIsBadInput() {
        Cli cli = Cli.run("list", "--catalog", "no-such-dir");

        assertThat(cli.err()).isEqualTo("adcheck list: no-such-dir: no such directory" + NL);
        assertThat(cli.exitCode()).isEqualTo(2);
    }

    @Test
    void theBundledCatalogListsTheSeedFixture() throws Exception {
        Cli cli = Cli.run("list", "--json");

        assertThat(cli.err()).isEmpty();
        JsonNode array = new ObjectMapper().readTree(cli.out());
        JsonNode seed = null;
        for (JsonNode fixture : array) {
            if (fixture.get("name").asText().equals("seed")) {
                seed = fixture;
            }
        }
        assertThat(seed).as("the seed fixture in %s", names(array)).isNotNull();
        assertThat(seed.get("expression").asText()).isEqualTo("log(x1) + x1*x2 - sin(x2)");
        assertThat(seed.get("goldens").asInt()).isPositive();
        assertThat(cli.exitCode()).isZero();
    }

    @Test
    void theBundledCatalogTableStartsWithTheHeaderAndEndsWithTheCount() {
        Cli cli = Cli.run("list");

        List<String> lines = cli.out().lines().toList();
        assertThat(lines.get(0)).startsWith("name ").endsWith("expression");
        assertThat(lines).anyMatch(l -> l.startsWith("seed ") && l.endsWith("log(x1) + x1*x2 - sin(x2)"));
        assertThat(lines.get(lines.size() - 1)).matches("\\d+ fixtures in the bundled catalog");
        assertThat(cli.exitCode()).isZero();
    }

    private static String catalog() throws URISyntaxException {
        return Path.of(ListCommandTests.class.getResource("/report/catalog").toURI()).toString();
    }

    private static List<String> names(JsonNode array) {
        List<String> names = new ArrayList<>();
        array.forEach(f -> names.add(f.get("name").asText()));
        return names;
    }
}
