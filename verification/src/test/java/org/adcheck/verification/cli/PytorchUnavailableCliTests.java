package org.adcheck.verification.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.adcheck.verification.ChildJvm;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The command line when PyTorch cannot load: {@code check} and {@code run} fail with one line
 * naming the cause and the fix (exit 2), and deselecting the backend still works. The natives are
 * taken away for real, in a child JVM.
 */
class PytorchUnavailableCliTests {

    private static final String MAIN = AdcheckCommand.class.getName();
    private static final String NATIVES = "pytorch-native-cpu";

    @Test
    void checkFailsWithOneLineNamingTheCauseAndTheFix(@TempDir Path cache) throws Exception {
        ChildJvm child = ChildJvm.run(NATIVES, cache, MAIN, "check", "x^2", "--at", "x=3");
        assertThat(child.exitCode()).isEqualTo(2);
        assertThat(child.stderr().lines().toList()).hasSize(1);
        assertThat(child.stderr()).startsWith("adcheck check: pytorch backend unavailable: PyTorch native library "
                + "could not be loaded (").contains("deselect it with --backends forward-ad,finite-difference");
        assertThat(child.stdout() + child.stderr()).doesNotContain("\tat ");
    }

    @Test
    void runFailsTheSameWay(@TempDir Path cache) throws Exception {
        ChildJvm child = ChildJvm.run(NATIVES, cache, MAIN, "run", "--points", "5", "--tags", "seed");
        assertThat(child.exitCode()).isEqualTo(2);
        assertThat(child.stderr()).startsWith("adcheck run: pytorch backend unavailable: ");
        assertThat(child.stderr().lines().toList()).hasSize(1);
    }

    @Test
    void deselectingPytorchStillWorks(@TempDir Path cache) throws Exception {
        ChildJvm child = ChildJvm.run(NATIVES, cache, MAIN, "check", "log(x1) + x1*x2 - sin(x2)", "--at",
                "x1=2,x2=5", "--backends", "forward-ad,finite-difference,hipparchus");
        assertThat(child.stderr()).isEmpty();
        assertThat(child.exitCode()).isZero();
        assertThat(child.stdout()).contains("AGREE: 3 backends agree");
    }
}
