package org.adcheck.verification.backend.hipparchus;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import org.adcheck.ad.NumFunction;
import org.adcheck.verification.backend.Backend;
import org.adcheck.verification.backend.BatchResult;
import org.adcheck.verification.backend.PointResult;
import org.hipparchus.analysis.differentiation.Gradient;

/**
 * Hipparchus's first-order {@link Gradient} as a fourth, independent oracle: each point is one
 * pass over {@link HipparchusNum}, seeded with {@code Gradient.variable(n, i, x)}, so the whole
 * gradient comes out at once, computed by derivative rules that share no code with ad-core.
 *
 * <p>Everything Hipparchus implements is used as Hipparchus implements it; {@code log2},
 * {@code sigmoid}, {@code softplus}, {@code relu}, {@code erf} and {@code select} are composed (see
 * {@link HipparchusNum}). Hipparchus's conventions are <em>recorded</em>, not corrected. Measured
 * against forward-ad (which follows PyTorch autograd), they differ as follows
 * ({@link #CONVENTION_DIFFERENCES} holds the same list as data, and
 * {@code HipparchusBackendTests} pins every entry):
 *
 * <table>
 * <caption>Hipparchus {@code Gradient} 4.0.3 against forward-ad, measured</caption>
 * <tr><th>function</th><th>point</th><th>hipparchus</th><th>forward-ad (PyTorch's conventions)</th></tr>
 * <tr><td>abs</td><td>x = ±0</td><td>abs' = ±1 (follows the sign bit)</td><td>0</td></tr>
 * <tr><td>max, min</td><td>a == b</td><td>(0, 1): all to the second argument</td><td>(½, ½)</td></tr>
 * <tr><td>hypot</td><td>(0, 0)</td><td>(NaN, NaN)</td><td>(0, 0)</td></tr>
 * <tr><td>pow(x, y)</td><td>x = 0</td><td>computed as exp(y·log x): pow(0, 2) has partials (NaN, NaN);
 *     pow(0, 0) = NaN</td><td>pow(0, 2)' = (0, 0); pow(0, 0) = 1</td></tr>
 * <tr><td>pow(x, y)</td><td>x &lt; 0, integer y</td><td>NaN</td><td>pow(−2, 3) = −8, ∂x = 12</td></tr>
 * <tr><td>pow(x, c)</td><td>x = 0, c &lt; 1, c ≠ 0</td><td>value NaN (0^(c−1)·0)</td><td>0 for c &gt; 0, +∞ for c &lt; 0</td></tr>
 * <tr><td>rpow(c, x)</td><td>c = 0</td><td>the constant 0 for every x</td><td>0^0 = 1; 0^x = +∞ for x &lt; 0</td></tr>
 * <tr><td>every function</td><td>an infinite local derivative (sqrt(0), log(0), 1/0, asin(1), exp(1000)...)</td>
 *     <td>∞·0 = NaN in the partials of inputs the value does not depend on: sqrt(y) + x at y = 0 has ∂x = NaN</td>
 *     <td>those partials stay exact: ∂x = 1</td></tr>
 * <tr><td>tanh</td><td>|x| ≳ 5</td><td>tanh' = 1 − tanh² loses relative accuracy (2.7e-10 at x = 8), 0 from |x| ≈ 19</td>
 *     <td>full relative accuracy</td></tr>
 * <tr><td>asinh, acosh</td><td>|x| ≳ 1.3e154</td><td>±∞ (x² overflows)</td><td>finite: asinh(1e300) = 691.47</td></tr>
 * <tr><td>log2</td><td>powers of two</td><td>composed log(x)/ln 2: an ulp off at 441 of the 2098 powers of two,
 *     e.g. log2(2^29) = 29.000000000000004</td><td>exact</td></tr>
 * <tr><td>abs, relu, max, min</td><td>a NaN argument</td><td>abs'(NaN) = 1, relu'(NaN) = 1, max(NaN, 1)' = (1, 0)</td>
 *     <td>NaN, 0, (1, 1)</td></tr>
 * </table>
 *
 * <p>They agree on {@code relu'(0) = 0} (relu is composed as Hipparchus's {@code FastMath.max(x, 0)},
 * whose tie picks the constant 0) and on {@code atan2} at (0, 0), where both give NaN partials.
 *
 * <p>Thread-safe: it holds no state, and every {@code Gradient} is immutable.
 */
public final class HipparchusBackend implements Backend {

    /** The stable name used on the command line and in reports. */
    public static final String NAME = "hipparchus";

    /**
     * Where Hipparchus and forward-ad give different but documented answers, measured on Hipparchus
     * 4.0.3. The verifier turns a disagreement at a matching point into "convention difference"
     * instead of a failure.
     */
    public static final List<ConventionDifference> CONVENTION_DIFFERENCES = List.of(
            new ConventionDifference("abs", "x = ±0", "abs'(+0) = +1, abs'(−0) = −1", "abs'(±0) = 0", true),
            new ConventionDifference("max", "a == b", "max(a, b)' = (0, 1), all to b", "max(a, b)' = (½, ½)", true),
            new ConventionDifference("min", "a == b", "min(a, b)' = (0, 1), all to b", "min(a, b)' = (½, ½)", true),
            new ConventionDifference("hypot", "(0, 0)", "hypot'(0, 0) = (NaN, NaN)", "hypot'(0, 0) = (0, 0)", true),
            new ConventionDifference("pow", "x^y at x = 0",
                    "exp(y·log x): (0^2)' = (NaN, NaN), 0^0 = NaN", "(0^2)' = (0, 0), 0^0 = 1", false),
            new ConventionDifference("pow", "x^y at x < 0, integer y",
                    "exp(y·log x) = NaN", "(−2)^3 = −8, ∂x = 12", false),
            new ConventionDifference("pow", "x^c at x = 0, constant c < 1, c ≠ 0",
                    "0^c = NaN (0^(c−1)·0)", "0^c = 0 for c > 0, +∞ for c < 0", false),
            new ConventionDifference("rpow", "c^x at c = 0",
                    "0^x = 0 for every x", "0^0 = 1, 0^x = +∞ for x < 0", false),
            new ConventionDifference("*", "an infinite local derivative (sqrt(0), log(0), 1/0, asin(1), exp(1000)...)",
                    "∞·0 = NaN in unrelated partials: ∂x (sqrt(y) + x) = NaN at y = 0",
                    "unrelated partials stay exact: ∂x (sqrt(y) + x) = 1", false),
            new ConventionDifference("tanh", "|x| ≳ 5", "tanh' = 1 − tanh²: 2.7e-10 relative error at x = 8, 0 from |x| ≈ 19",
                    "full relative accuracy", false),
            new ConventionDifference("asinh", "|x| ≳ 1.3e154", "asinh(1e300) = +∞ (x² overflows)", "asinh(1e300) = 691.47", false),
            new ConventionDifference("acosh", "x ≳ 1.3e154", "acosh(1e300) = +∞ (x² overflows)", "acosh(1e300) = 691.47", false),
            new ConventionDifference("log2", "powers of two", "log(x)/ln 2: log2(2^29) = 29.000000000000004",
                    "exact: log2(2^29) = 29", false),
            new ConventionDifference("abs", "x = NaN", "abs'(NaN) = 1", "abs'(NaN) = NaN", false),
            new ConventionDifference("relu", "x = NaN", "relu'(NaN) = 1", "relu'(NaN) = 0", false),
            new ConventionDifference("max", "a NaN argument", "max(NaN, 1)' = (1, 0)", "max(NaN, 1)' = (1, 1)", false),
            new ConventionDifference("min", "a NaN argument", "min(NaN, 1)' = (1, 0)", "min(NaN, 1)' = (1, 1)", false));

    /** The functions whose derivative at a kink follows a different convention from forward-ad's. */
    public static final Set<String> KINK_CONVENTION_FUNCTIONS = kinkFunctions();

    private static final String VERSION = "Hipparchus " + hipparchusVersion() + " Gradient";

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String version() {
        return VERSION;
    }

    @Override
    public BatchResult evaluate(NumFunction function, double[][] points) {
        List<PointResult> results = new ArrayList<>(points.length);
        for (double[] point : points) {
            int n = point.length;
            List<HipparchusNum> args = new ArrayList<>(n);
            for (int j = 0; j < n; j++) {
                args.add(HipparchusNum.variable(n, j, point[j]));
            }
            HipparchusNum y = function.apply(args, HipparchusNum.constant(n, 0.0));
            results.add(PointResult.analytic(y.value(), y.partials()));
        }
        return new BatchResult(NAME, results);
    }

    /** The entries of {@link #CONVENTION_DIFFERENCES} about {@code function} (the entries for every function included). */
    public static List<ConventionDifference> conventionDifferences(String function) {
        return CONVENTION_DIFFERENCES.stream()
                .filter(d -> d.function().equals(function) || d.function().equals("*"))
                .toList();
    }

    private static Set<String> kinkFunctions() {
        Set<String> names = new LinkedHashSet<>();
        for (ConventionDifference d : CONVENTION_DIFFERENCES) {
            if (d.kink()) {
                names.add(d.function());
            }
        }
        return Set.copyOf(names);
    }

    /** From the jar's Maven metadata, so the report names the Hipparchus that actually ran. */
    private static String hipparchusVersion() {
        String resource = "/META-INF/maven/org.hipparchus/hipparchus-core/pom.properties";
        try (InputStream in = Gradient.class.getResourceAsStream(resource)) {
            if (in != null) {
                Properties properties = new Properties();
                properties.load(in);
                String version = properties.getProperty("version");
                if (version != null && !version.isBlank()) {
                    return version.trim();
                }
            }
        } catch (IOException e) {
            // fall through to the manifest: a version string is not worth failing a run
        }
        String implementation = Gradient.class.getPackage().getImplementationVersion();
        return implementation != null ? implementation : "(unknown version)";
    }

    @Override
    public String toString() {
        return NAME + " [" + VERSION + "]";
    }
}
