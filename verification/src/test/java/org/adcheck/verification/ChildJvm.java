package org.adcheck.verification;

import java.io.File;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.jar.JarFile;
import java.util.stream.Collectors;

/**
 * Runs a main class in a child JVM on the test class path minus one jar: the way tests take
 * PyTorch's native libraries away for real.
 *
 * @param exitCode the child's exit code
 * @param stdout what it printed on stdout
 * @param stderr what it printed on stderr
 */
public record ChildJvm(int exitCode, String stdout, String stderr) {

    /**
     * Runs {@code mainClass} with {@code args} without any class-path entry containing
     * {@code excluded}, offline, with DJL's cache at {@code djlCache}.
     */
    public static ChildJvm run(String excluded, Path djlCache, String mainClass, String... args)
            throws IOException, InterruptedException {
        List<String> classPath = testClassPath();
        if (classPath.stream().noneMatch(entry -> entry.contains(excluded))) {
            throw new IllegalStateException("nothing on the test class path contains '" + excluded + "'");
        }
        String without = classPath.stream().filter(entry -> !entry.contains(excluded))
                .collect(Collectors.joining(File.pathSeparator));
        List<String> command = new ArrayList<>(List.of(
                Paths.get(System.getProperty("java.home"), "bin", "java").toString(),
                "-Dai.djl.offline=true", "-cp", without, mainClass));
        command.addAll(Arrays.asList(args));
        ProcessBuilder builder = new ProcessBuilder(command);
        Map<String, String> environment = builder.environment();
        environment.keySet().removeIf(name -> name.startsWith("PYTORCH_") || name.equals("ENGINE_CACHE_DIR"));
        environment.put("DJL_CACHE_DIR", djlCache.toString());
        Path out = Files.createTempFile("child", ".out");
        Path err = Files.createTempFile("child", ".err");
        builder.redirectOutput(out.toFile()).redirectError(err.toFile());
        Process child = builder.start();
        if (!child.waitFor(3, TimeUnit.MINUTES)) {
            child.destroyForcibly();
            throw new IllegalStateException("child JVM did not finish in 3 minutes: " + command);
        }
        ChildJvm result = new ChildJvm(child.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
                Files.readString(err, StandardCharsets.UTF_8));
        Files.deleteIfExists(out);
        Files.deleteIfExists(err);
        return result;
    }

    /**
     * The test class path. Surefire runs tests with a manifest-only booter jar on
     * {@code java.class.path}; the real entries are its manifest's Class-Path URLs.
     */
    public static List<String> testClassPath() throws IOException {
        List<String> entries = Arrays.asList(System.getProperty("java.class.path").split(File.pathSeparator));
        if (entries.size() == 1 && entries.get(0).contains("surefirebooter")) {
            try (JarFile booter = new JarFile(entries.get(0))) {
                String manifestPath = booter.getManifest().getMainAttributes().getValue("Class-Path");
                List<String> resolved = new ArrayList<>();
                for (String url : manifestPath.trim().split("\\s+")) {
                    resolved.add(Paths.get(URI.create(url)).toString());
                }
                return resolved;
            }
        }
        return entries;
    }
}
