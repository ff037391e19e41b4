package org.adcheck.verification.backend.pytorch;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * PyTorch that cannot load fails with one line naming the cause and the fix, never a stack trace.
 * The natives are taken away for real: a child JVM runs without the {@code pytorch-native-cpu}
 * jar, in offline mode, with an empty DJL cache, so DJL finds no library anywhere and may not
 * download one.
 */
class PytorchUnavailableTests {

    private static final String FIX = "; put ai.djl.pytorch:pytorch-native-cpu:2.7.1:linux-x86_64 on the class path,"
            + " or deselect it with --backends forward-ad,finite-difference";

    @Test
    void missingNativeLibrariesGiveOneLineNamingTheCauseAndTheFix(@TempDir Path emptyCache) throws Exception {
        List<String> classPath = testClassPath();
        assertThat(classPath).anyMatch(entry -> entry.contains("pytorch-native-cpu"));
        String withoutNatives = classPath.stream()
                .filter(entry -> !entry.contains("pytorch-native-cpu"))
                .collect(Collectors.joining(File.pathSeparator));

        ProcessBuilder builder = new ProcessBuilder(
                Paths.get(System.getProperty("java.home"), "bin", "java").toString(),
                "-Dai.djl.offline=true",
                "-cp", withoutNatives,
                PytorchUnavailableMain.class.getName());
        Map<String, String> environment = builder.environment();
        // Nothing may point DJL at natives elsewhere.
        environment.keySet().removeIf(name -> name.startsWith("PYTORCH_") || name.equals("ENGINE_CACHE_DIR"));
        environment.put("DJL_CACHE_DIR", emptyCache.toString());
        builder.redirectErrorStream(true);
        Process child = builder.start();
        String output = new String(child.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(child.waitFor(2, TimeUnit.MINUTES)).isTrue();

        System.out.println("child JVM without natives printed: " + output.strip());
        List<String> lines = output.lines().toList();
        assertThat(lines).as("everything the child printed:%n%s", output).hasSize(1);
        assertThat(lines.get(0)).isEqualTo("pytorch backend unavailable: PyTorch native library could not be"
                + " loaded (none on the class path or in " + emptyCache.resolve("pytorch")
                + ", and ai.djl.offline=true forbids a download: Failed to save pytorch index file:"
                + " Offline mode is enabled.)" + FIX);
        assertThat(child.exitValue()).isEqualTo(3);
        assertThat(emptyCache).isEmptyDirectory();
    }

    @Test
    void unavailableMessageFlattensTheCauseChainOntoOneLine() {
        Throwable cause = new IllegalStateException("wrapper", new UnsatisfiedLinkError("no torch in\n  /some/path"));

        assertThat(PytorchBackend.unavailableMessage(cause)).isEqualTo("pytorch backend unavailable:"
                + " PyTorch native library could not be loaded (wrapper: no torch in /some/path)" + FIX);
    }

    @Test
    void unavailableMessageDropsACauseMessageRepeatedByItsWrapper() {
        Throwable cause = new RuntimeException("java.lang.UnsatisfiedLinkError: libtorch.so: cannot open",
                new UnsatisfiedLinkError("libtorch.so: cannot open"));

        assertThat(PytorchBackend.unavailableMessage(cause)).isEqualTo("pytorch backend unavailable:"
                + " PyTorch native library could not be loaded (java.lang.UnsatisfiedLinkError: libtorch.so:"
                + " cannot open)" + FIX);
    }

    private static List<String> testClassPath() throws IOException {
        return org.adcheck.verification.ChildJvm.testClassPath();
    }
}
