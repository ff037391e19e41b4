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
 * <caption>Hipparchus {@code Gradient} 4.0.3 against forward-ad</caption>
 * <tr><th>function</th><th>point</th><th>hipparchus</th><th>forward-ad / PyTorch</th></tr>
 * <tr><td>abs</td><td>x = ±0</td><td>abs' = ±1 (follows the sign bit)</td><td>0</td></tr>
 * <tr><td>max, min</td><td>a == b</td><td>the whole derivative to the second argument</td><td>half to each</td></tr>
 * <tr><td>hypot</td><td>(0, 0)</td><td>partials NaN</td><td>0</td></tr>
 * <tr><td>atan2</td><td>(0, 0)</td><td>partials NaN</td><td>see {@code Dual}</td></tr>
 * <tr><td>pow(x, y)</td><td>x = 0</td><td>value 0, partials NaN (computed as exp(y·log x))</td><td>finite</td></tr>
 * <tr><td>pow(x, y)</td><td>x &lt; 0, integer y</td><td>NaN (exp(y·log x))</td><td>the real power</td></tr>
 * <tr><td>pow(x, c)</td><td>x = 0, non-integer c</td><td>value NaN for 0 &lt; c &lt; 1 and c &lt; 0 (0^(c−1)·0)</td><td>0 or +∞</td></tr>
 * <tr><td>rpow(c, x)</td><td>c = 0</td><td>the constant 0 for every x, even 0^0 and 0^(−1)</td><td>1 at x = 0, +∞ for x &lt; 0</td></tr>
 * <tr><td>every function</td><td>an infinite local derivative (sqrt(0), log(0), 1/0, asin(1)...)</td>
 *     <td>∞·0 = NaN in the partials of inputs the value does not depend on</td><td>0 there</td></tr>
 * <tr><td>asinh, acosh</td><td>|x| &gt; ~1e154</td><td>value +∞ (x² overflows)</td><td>finite</td></tr>
 * <tr><td>log2</td><td>powers of two</td><td>composed log(x)/ln 2, may be an ulp off</td><td>exact</td></tr>
 * </table>
 *
 * <p>{@code relu'(0) = 0} agrees with PyTorch: relu is composed as Hipparchus's
 * {@code FastMath.max(x, 0)}, whose tie picks the constant 0.
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
            new ConventionDifference("max", "a == b",
                    "max(a, b)' = b' (the second argument takes it all)", "max(a, b)' = (a' + b')/2", true),
            new ConventionDifference("min", "a == b",
                    "min(a, b)' = b' (the second argument takes it all)", "min(a, b)' = (a' + b')/2", true),
            new ConventionDifference("hypot", "(0, 0)", "∂hypot = NaN, NaN", "∂hypot = 0, 0", true),
            new ConventionDifference("atan2", "(0, 0)", "∂atan2 = NaN, NaN", "∂atan2 finite (see Dual.atan2)", true),
            new ConventionDifference("pow", "pow(x, y) at x = 0",
                    "pow(0, y) = 0 with partials NaN (exp(y·log x))", "finite partials", false),
            new ConventionDifference("pow", "pow(x, y) at x < 0, integer y",
                    "NaN (exp(y·log x))", "the real power, e.g. pow(−2, 2) = 4", false),
            new ConventionDifference("pow", "pow(x, c) at x = 0, c non-integer in (0, 1) or negative",
                    "value NaN (0^(c−1)·0)", "0 for c > 0, +∞ for c < 0", false),
            new ConventionDifference("rpow", "c^x at c = 0",
                    "the constant 0 for every x (even 0^0 and 0^−1)", "0^0 = 1, 0^x = +∞ for x < 0", false),
            new ConventionDifference("*", "an infinite local derivative (sqrt(0), log(0), 1/0, asin(1)...)",
                    "NaN in the partials of the inputs the value does not depend on (∞·0)",
                    "0 in those partials (a zero tangent stays zero)", false),
            new ConventionDifference("asinh", "|x| > ~1.3e154", "asinh(x) = ±∞ (x² overflows)", "finite, log(2|x|)", false),
            new ConventionDifference("acosh", "x > ~1.3e154", "acosh(x) = +∞ (x² overflows)", "finite, log(2x)", false),
            new ConventionDifference("log2", "powers of two",
                    "log(x)/ln 2, which may be an ulp off", "exact", false));

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
