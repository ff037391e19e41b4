package org.adcheck.verification.mutation;

import java.util.List;
import java.util.SplittableRandom;

/**
 * Seeded wrong rules for the mutation self-test: each constant breaks exactly one method of ad-core's
 * algebra (through {@link MutantNum}), and names a witness expression and a domain where the wrong
 * rule gives a different answer at generic points, not only at a special point such as 0.
 *
 * <p>Every mutation but {@link #VALUE_OFF} keeps the value right and gets the derivative wrong: only
 * a gate that checks derivatives can catch those. {@code VALUE_OFF} checks that values are compared
 * too.
 *
 * <p>The gate passes the self-test when it rejects every mutation (mutation score 100 %) and accepts
 * the un-mutated forward-ad at the same points.
 */
public enum Mutation {

    // ---- arithmetic
    SUB_ADDS_TANGENT("sub: (a − b)' = a' + b', the tutorial's own bug class", "x - y", in(-3, 3), in(-3, 3)),
    SUB_CONSTANT_DROPS_TANGENT("sub(c): (x − c)' = 0, the tutorial's __sub__ that sets ex instead of dx", "x - 2", in(-3, 3)),
    RSUB_KEEPS_SIGN("rsub: (c − x)' = +x'", "2 - x", in(-3, 3)),
    MUL_MISSING_TERM("mul: (a·b)' = a·b' (drops b·a')", "x * y", in(-3, 3), in(-3, 3)),
    DIV_WRONG_SIGN("div: (a/b)' = a'/b + a·b'/b² (wrong sign on the second term)", "x / y", in(-3, 3), in(0.5, 3)),
    RDIV_WRONG_SIGN("rdiv: (c/x)' = +c·x'/x²", "3 / x", in(0.5, 3)),
    POW_OFF_BY_ONE("pow(c): (x^c)' = c·x^c instead of c·x^(c−1)", "x ^ 3", in(0.3, 3)),
    POW_DROPS_EXPONENT_TERM("pow(y): (x^y)' = y·x^(y−1)·x' (drops x^y·ln x·y')", "x ^ y", in(0.3, 3), in(-2, 2)),
    RPOW_MISSING_LOG("rpow: (c^x)' = c^x·x' (missing ln c)", "3 ^ x", in(-2, 2)),

    // ---- exponentials and logarithms
    EXP_MISSING_CHAIN("exp: exp(u)' = exp(u), ignoring the inner tangent u'", "exp(2*x)", in(-2, 2)),
    EXPM1_MINUS_ONE("expm1: expm1' = exp(x) − 1", "expm1(x)", in(-2, 2)),
    LOG_OFF_BY_CONSTANT("log: log' = 1/x + 1e-3", "log(x)", in(0.5, 5)),
    LOG1P_MISSING_ONE("log1p: log1p' = 1/x instead of 1/(1 + x)", "log1p(x)", in(0.2, 4)),
    LOG2_USES_LN10("log2: log2' = 1/(x·ln 10)", "log2(x)", in(0.5, 5)),
    LOG10_MISSING_LN("log10: log10' = 1/x (missing 1/ln 10)", "log10(x)", in(0.5, 5)),
    SQRT_MISSING_HALF("sqrt: sqrt' = 1/sqrt(x) (missing ½)", "sqrt(x)", in(0.2, 5)),
    CBRT_WRONG_EXPONENT("cbrt: cbrt' = x^(−1/3)/3 instead of x^(−2/3)/3", "cbrt(x)", in(0.2, 5)),

    // ---- trigonometric
    SIN_RETURNS_SIN("sin: sin' = sin", "sin(x)", in(-3, 3)),
    COS_SIGN_FLIP("cos: cos' = +sin", "cos(x)", in(-3, 3)),
    TAN_USES_COS("tan: tan' = 1/cos instead of 1/cos²", "tan(x)", in(-1.2, 1.2)),
    ASIN_SIGN("asin: asin' = −1/√(1 − x²) (acos's rule)", "asin(x)", in(-0.9, 0.9)),
    ACOS_SIGN("acos: acos' = +1/√(1 − x²) (asin's rule)", "acos(x)", in(-0.9, 0.9)),
    ATAN_WRONG("atan: atan' = 1/(1 − x²) (atanh's rule)", "atan(x)", in(-0.9, 0.9)),
    ATAN2_SWAPPED_PARTIALS("atan2: ∂/∂y and ∂/∂x swapped", "atan2(y, x)", in(-2, 2), in(0.5, 3)),

    // ---- hyperbolic
    SINH_COSH_SWAP("sinh: sinh' = sinh instead of cosh", "sinh(x)", in(-2, 2)),
    COSH_SIGN("cosh: cosh' = −sinh", "cosh(x)", in(-2, 2)),
    TANH_SIGN("tanh: tanh' = tanh² − 1", "tanh(x)", in(-2, 2)),
    ASINH_WRONG("asinh: asinh' = 1/(1 + x²) (atan's rule)", "asinh(x)", in(-3, 3)),
    ACOSH_SIGN("acosh: acosh' = −1/√(x² − 1)", "acosh(x)", in(1.2, 5)),
    ATANH_WRONG("atanh: atanh' = 1/(1 + x²) (atan's rule)", "atanh(x)", in(-0.9, 0.9)),

    // ---- activations, special functions, kinks
    ABS_WRONG_BRANCH("abs: abs' = −sign(x)", "abs(x)", in(-3, 3)),
    SIGMOID_WRONG("sigmoid: σ' = σ² instead of σ·(1 − σ)", "sigmoid(x)", in(-3, 3)),
    SOFTPLUS_DERIV_ONE("softplus: softplus' = 1 instead of σ(x)", "softplus(x)", in(-3, 3)),
    RELU_ALWAYS_ONE("relu: relu' = 1 for every x, negatives included", "relu(x)", in(-3, 3)),
    ERF_MISSING_FACTOR("erf: erf' = exp(−x²) (missing 2/√π)", "erf(x)", in(-2, 2)),
    HYPOT_SWAPPED("hypot: ∂/∂x = y/h and ∂/∂y = x/h (swapped)", "hypot(x, y)", in(0.5, 3), in(-3, -0.5)),
    MIN_PICKS_MAX("min: passes the derivative of the larger argument", "min(x, y)", in(-3, -0.5), in(0.5, 3)),
    MAX_PICKS_MIN("max: passes the derivative of the smaller argument", "max(x, y)", in(-3, -0.5), in(0.5, 3)),

    // ---- a wrong value with a right derivative
    VALUE_OFF("cos: value cos(x) + 1e-7 (the derivative is right)", "cos(x)", in(-3, 3));

    /** An interval a variable's witness points are drawn from. */
    public record Range(double low, double high) {
        public Range {
            if (!(low < high)) {
                throw new IllegalArgumentException("empty range [" + low + ", " + high + "]");
            }
        }
    }

    private final String description;
    private final String witness;
    private final List<Range> domain;

    Mutation(String description, String witness, Range... domain) {
        this.description = description;
        this.witness = witness;
        this.domain = List.of(domain);
    }

    private static Range in(double low, double high) {
        return new Range(low, high);
    }

    /** The wrong rule, in one line, e.g. {@code cos: cos' = +sin}. */
    public String description() {
        return description;
    }

    /** An expression (in the expression language) that exercises the mutated method. */
    public String witness() {
        return witness;
    }

    /** One range per variable of {@link #witness()}, in order of first appearance. */
    public List<Range> domain() {
        return domain;
    }

    /**
     * {@code count} points drawn uniformly from {@link #domain()}, the same on every run: the seed is
     * the mutation's ordinal, so adding a mutation at the end changes no other's points.
     */
    public double[][] points(int count) {
        SplittableRandom random = new SplittableRandom(0x5EED_0000L + ordinal());
        double[][] points = new double[count][domain.size()];
        for (double[] point : points) {
            for (int j = 0; j < point.length; j++) {
                Range r = domain.get(j);
                point[j] = r.low() + (r.high() - r.low()) * random.nextDouble();
            }
        }
        return points;
    }

    @Override
    public String toString() {
        return name() + " (" + description + ")";
    }
}
