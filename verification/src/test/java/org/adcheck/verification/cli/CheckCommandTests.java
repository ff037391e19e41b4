package org.adcheck.verification.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

class CheckCommandTests {

    private static final double VALUE = 11.652071455223084;
    private static final double DX1 = 5.5;
    private static final double DX2 = 2 - Math.cos(5);

    @Test
    void seedAsJsonShowsEveryBackendAgreeing() throws Exception {
        Cli cli = Cli.run("check", "log(x1) + x1*x2 - sin(x2)", "--at", "x1=2,x2=5", "--json");
        assertThat(cli.err()).isEmpty();
        assertThat(cli.exitCode()).isZero();
        JsonNode json = new ObjectMapper().readTree(cli.out());
        assertThat(json.get("expression").asText()).isEqualTo("log(x1) + x1*x2 - sin(x2)");
        assertThat(json.get("point").get("x1").asDouble()).isEqualTo(2.0);
        assertThat(json.get("point").get("x2").asDouble()).isEqualTo(5.0);
        for (String backend : new String[] {"forward-ad", "pytorch", "finite-difference", "hipparchus"}) {
            JsonNode r = json.get("results").get(backend);
            assertThat(r).as(backend).isNotNull();
            assertThat(r.get("value").asDouble()).as(backend).isCloseTo(VALUE, within(1e-12));
            assertThat(r.get("gradient").get("x1").asDouble()).as(backend).isCloseTo(DX1, within(1e-9));
            assertThat(r.get("gradient").get("x2").asDouble()).as(backend).isCloseTo(DX2, within(1e-9));
        }
        assertThat(json.get("results").get("finite-difference").get("errorEstimate").get("x1").asDouble())
                .isLessThan(1e-8);
        assertThat(json.get("verdict").asText()).isEqualTo("AGREE");
    }

    @Test
    void humanOutputIsATableWithAFinalVerdictLine() {
        Cli cli = Cli.run("check", "log(x1) + x1*x2 - sin(x2)", "--at", "x1=2,x2=5");
        assertThat(cli.exitCode()).isZero();
        assertThat(cli.out()).contains("point       (x1=2.0, x2=5.0)");
        assertThat(cli.out()).containsPattern("forward-ad +11\\.652071455223084 +5\\.5 +1\\.716337814536773");
        assertThat(cli.out()).containsPattern("verdict +AGREE +AGREE +AGREE");
        assertThat(cli.out().strip()).endsWith("AGREE: 4 backends agree on the value and 2 partials");
    }

    @Test
    void backendsCanBeDeselected() throws Exception {
        Cli cli = Cli.run("check", "x^3", "--at", "x=2", "--json", "--backends", "forward-ad,finite-difference");
        assertThat(cli.exitCode()).isZero();
        JsonNode json = new ObjectMapper().readTree(cli.out());
        assertThat(json.get("results").size()).isEqualTo(2);
        assertThat(json.get("results").get("forward-ad").get("gradient").get("x").asDouble()).isEqualTo(12.0);
    }

    @Test
    void aPointOutsideTheDomainIsEvaluatedNotRejected() throws Exception {
        Cli cli = Cli.run("check", "log(x)", "--at", "x=-1", "--json");
        assertThat(cli.err()).isEmpty();
        assertThat(cli.exitCode()).isZero();
        JsonNode json = new ObjectMapper().readTree(cli.out());
        assertThat(json.get("verdicts").get("f").asText()).isEqualTo("NON_FINITE");
    }

    @Test
    void aKinkIsReportedAsKink() throws Exception {
        Cli cli = Cli.run("check", "abs(x)", "--at", "x=0", "--json", "--backends", "forward-ad,pytorch,finite-difference");
        assertThat(cli.exitCode()).isZero();
        JsonNode json = new ObjectMapper().readTree(cli.out());
        assertThat(json.get("verdicts").get("x").asText()).isEqualTo("KINK");
        assertThat(json.get("results").get("forward-ad").get("gradient").get("x").asDouble()).isEqualTo(0.0);
        assertThat(json.get("results").get("pytorch").get("gradient").get("x").asDouble()).isEqualTo(0.0);
    }

    @Test
    void deeplyNestedInputGivesAClearErrorNotAStackOverflow() {
        String deep = "(".repeat(20_000) + "x" + ")".repeat(20_000);
        Cli cli = Cli.run("check", deep, "--at", "x=1");
        assertThat(cli.exitCode()).isEqualTo(2);
        assertThat(cli.err()).startsWith("adcheck check: 1:1001: ").doesNotContain("StackOverflow");
        assertThat(cli.err().lines()).hasSize(1);
    }

    @Test
    void aMegabyteLongExpressionGivesAResult() throws Exception {
        String longSum = "x" + " + x".repeat(250_000);
        Cli cli = Cli.run("check", longSum, "--at", "x=1", "--json", "--backends", "forward-ad,finite-difference");
        assertThat(cli.err()).isEmpty();
        JsonNode json = new ObjectMapper().readTree(cli.out());
        assertThat(json.get("results").get("forward-ad").get("gradient").get("x").asDouble()).isEqualTo(250_001.0);
    }
}
