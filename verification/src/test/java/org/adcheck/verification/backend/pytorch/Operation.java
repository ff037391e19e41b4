package org.adcheck.verification.backend.pytorch;

import java.util.List;
import java.util.function.DoubleBinaryOperator;
import java.util.function.DoublePredicate;
import org.adcheck.ad.Num;
import org.adcheck.ad.NumFunction;

/**
 * Every method of the {@link Num} algebra, each with its closed-form value and partial derivatives
 * written out in plain Java, a few smooth points, and its domain. The closed forms are the
 * textbook ones, written so that they are accurate to a few ulps at the listed points.
 */
enum Operation {
    EXP(Math::exp, Math::exp, "-2.5 0.3 4") {
        <T extends Num<T>> T apply(T x, T y) { return x.exp(); }
    },
    EXPM1(Math::expm1, Math::exp, "1e-9 -0.7 2.5") {
        <T extends Num<T>> T apply(T x, T y) { return x.expm1(); }
    },
    LOG(Math::log, x -> 1 / x, "0.01 1.5 1e5", x -> x > 0) {
        <T extends Num<T>> T apply(T x, T y) { return x.log(); }
    },
    LOG1P(Math::log1p, x -> 1 / (1 + x), "1e-10 -0.5 3", x -> x > -1) {
        <T extends Num<T>> T apply(T x, T y) { return x.log1p(); }
    },
    LOG2(x -> Math.log(x) / Math.log(2), x -> 1 / (x * Math.log(2)), "0.3 8 1000", x -> x > 0) {
        <T extends Num<T>> T apply(T x, T y) { return x.log2(); }
    },
    LOG10(Math::log10, x -> 1 / (x * Math.log(10)), "0.02 7 1e6", x -> x > 0) {
        <T extends Num<T>> T apply(T x, T y) { return x.log10(); }
    },
    SQRT(Math::sqrt, x -> 0.5 / Math.sqrt(x), "1e-6 2 1e8", x -> x > 0) {
        <T extends Num<T>> T apply(T x, T y) { return x.sqrt(); }
    },
    CBRT(Math::cbrt, x -> 1 / (3 * Math.cbrt(x) * Math.cbrt(x)), "-27 -0.5 0.008 10", x -> x != 0) {
        <T extends Num<T>> T apply(T x, T y) { return x.cbrt(); }
    },
    SIN(Math::sin, Math::cos, "-3 0.5 100") {
        <T extends Num<T>> T apply(T x, T y) { return x.sin(); }
    },
    COS(Math::cos, x -> -Math.sin(x), "-3 0.5 100") {
        <T extends Num<T>> T apply(T x, T y) { return x.cos(); }
    },
    TAN(Math::tan, x -> 1 / (Math.cos(x) * Math.cos(x)), "-1.2 0.5 1.5") {
        <T extends Num<T>> T apply(T x, T y) { return x.tan(); }
    },
    ASIN(Math::asin, x -> 1 / Math.sqrt((1 - x) * (1 + x)), "-0.9 0.1 0.99", x -> Math.abs(x) < 1) {
        <T extends Num<T>> T apply(T x, T y) { return x.asin(); }
    },
    ACOS(Math::acos, x -> -1 / Math.sqrt((1 - x) * (1 + x)), "-0.9 0.1 0.99", x -> Math.abs(x) < 1) {
        <T extends Num<T>> T apply(T x, T y) { return x.acos(); }
    },
    ATAN(Math::atan, x -> 1 / (1 + x * x), "-50 0.3 2") {
        <T extends Num<T>> T apply(T x, T y) { return x.atan(); }
    },
    SINH(Math::sinh, Math::cosh, "-3 0.2 10") {
        <T extends Num<T>> T apply(T x, T y) { return x.sinh(); }
    },
    COSH(Math::cosh, Math::sinh, "-3 0.2 10") {
        <T extends Num<T>> T apply(T x, T y) { return x.cosh(); }
    },
    TANH(Math::tanh, x -> 1 / (Math.cosh(x) * Math.cosh(x)), "-3 0.2 5") {
        <T extends Num<T>> T apply(T x, T y) { return x.tanh(); }
    },
    /** asinh(0.75) = ln 2 exactly: 0.75 + √1.5625 = 2. */
    ASINH(x -> Math.copySign(Math.log(Math.abs(x) + Math.sqrt(x * x + 1)), x),
            x -> 1 / Math.sqrt(1 + x * x), "-5 0.75 1000") {
        <T extends Num<T>> T apply(T x, T y) { return x.asinh(); }
    },
    /** acosh(1.25) = ln 2 exactly: 1.25 + √0.5625 = 2. */
    ACOSH(x -> Math.log(x + Math.sqrt(x * x - 1)), x -> 1 / Math.sqrt((x - 1) * (x + 1)), "1.25 3 1e4",
            x -> x > 1) {
        <T extends Num<T>> T apply(T x, T y) { return x.acosh(); }
    },
    /** atanh(−0.6) = −ln 2 exactly: ½·ln(0.4/1.6) = ½·ln ¼. */
    ATANH(x -> 0.5 * Math.log((1 + x) / (1 - x)), x -> 1 / ((1 - x) * (1 + x)), "-0.6 0.1 0.9",
            x -> Math.abs(x) < 1) {
        <T extends Num<T>> T apply(T x, T y) { return x.atanh(); }
    },
    ABS(Math::abs, Math::signum, "-2 3") {
        <T extends Num<T>> T apply(T x, T y) { return x.abs(); }
    },
    SIGMOID(x -> 1 / (1 + Math.exp(-x)), x -> Math.exp(-x) / ((1 + Math.exp(-x)) * (1 + Math.exp(-x))),
            "-4 0.5 3") {
        <T extends Num<T>> T apply(T x, T y) { return x.sigmoid(); }
    },
    /** At 25 PyTorch's own softplus would return 25, off by 5.6e-13 relative: the test catches it. */
    SOFTPLUS(x -> Math.max(x, 0) + Math.log1p(Math.exp(-Math.abs(x))), x -> 1 / (1 + Math.exp(-x)),
            "-4 0.5 25") {
        <T extends Num<T>> T apply(T x, T y) { return x.softplus(); }
    },
    RELU(x -> Math.max(x, 0), x -> x > 0 ? 1 : 0, "-1 2") {
        <T extends Num<T>> T apply(T x, T y) { return x.relu(); }
    },
    /** erf has no java.lang.Math counterpart: the values are the correctly rounded ones. */
    ERF(x -> x == -2 ? -0.9953222650189527 : x == 0.5 ? 0.5204998778130465 : 0.8427007929497149,
            x -> 2 / Math.sqrt(Math.PI) * Math.exp(-x * x), "-2 0.5 1") {
        <T extends Num<T>> T apply(T x, T y) { return x.erf(); }
    },
    NEG(x -> -x, x -> -1, "-1.5 2") {
        <T extends Num<T>> T apply(T x, T y) { return x.neg(); }
    },
    /** (−2)³ = −8 with derivative 12: integer powers of negative bases are exact. */
    POW_INTEGER(x -> x * x * x, x -> 3 * x * x, "-2 0.5 3") {
        <T extends Num<T>> T apply(T x, T y) { return x.pow(3.0); }
    },
    POW_FRACTION(x -> Math.pow(x, 2.5), x -> 2.5 * Math.pow(x, 1.5), "0.5 4", x -> x > 0) {
        <T extends Num<T>> T apply(T x, T y) { return x.pow(2.5); }
    },
    POW_NEGATIVE(x -> 1 / (x * x), x -> -2 / (x * x * x), "-3 0.5", x -> x != 0) {
        <T extends Num<T>> T apply(T x, T y) { return x.pow(-2.0); }
    },
    RPOW(x -> Math.pow(2, x), x -> Math.pow(2, x) * Math.log(2), "-1 0.5 10") {
        <T extends Num<T>> T apply(T x, T y) { return x.rpow(2.0); }
    },
    ADD_CONSTANT(x -> x + 0.1, x -> 1, "-2 0.5 3") {
        <T extends Num<T>> T apply(T x, T y) { return x.add(0.1); }
    },
    SUB_CONSTANT(x -> x - 0.1, x -> 1, "-2 0.5 3") {
        <T extends Num<T>> T apply(T x, T y) { return x.sub(0.1); }
    },
    RSUB_CONSTANT(x -> 0.1 - x, x -> -1, "-2 0.5 3") {
        <T extends Num<T>> T apply(T x, T y) { return x.rsub(0.1); }
    },
    MUL_CONSTANT(x -> x * 0.1, x -> 0.1, "-2 0.5 3") {
        <T extends Num<T>> T apply(T x, T y) { return x.mul(0.1); }
    },
    DIV_CONSTANT(x -> x / 3, x -> 1.0 / 3, "-2 0.5 3") {
        <T extends Num<T>> T apply(T x, T y) { return x.div(3.0); }
    },
    RDIV_CONSTANT(x -> 3 / x, x -> -3 / (x * x), "-2 0.5 3", x -> x != 0) {
        <T extends Num<T>> T apply(T x, T y) { return x.rdiv(3.0); }
    },
    /** A constant made from a variable's algebra, plus the variable: constant() carries no derivative. */
    CONSTANT(x -> 2.5 + x, x -> 1, "-2 0.5") {
        <T extends Num<T>> T apply(T x, T y) { return x.constant(2.5).add(x); }
    },
    ADD((x, y) -> x + y, (x, y) -> 1, (x, y) -> 1, "-2 0.5, 3 7") {
        <T extends Num<T>> T apply(T x, T y) { return x.add(y); }
    },
    SUB((x, y) -> x - y, (x, y) -> 1, (x, y) -> -1, "-2 0.5, 3 7") {
        <T extends Num<T>> T apply(T x, T y) { return x.sub(y); }
    },
    MUL((x, y) -> x * y, (x, y) -> y, (x, y) -> x, "-2 0.5, 3 7") {
        <T extends Num<T>> T apply(T x, T y) { return x.mul(y); }
    },
    DIV((x, y) -> x / y, (x, y) -> 1 / y, (x, y) -> -x / (y * y), "-2 0.5, 3 7") {
        <T extends Num<T>> T apply(T x, T y) { return x.div(y); }
    },
    POW(Math::pow, (x, y) -> y * Math.pow(x, y - 1), (x, y) -> Math.pow(x, y) * Math.log(x),
            "2 0.5, 0.5 3, 3 -1.5") {
        <T extends Num<T>> T apply(T x, T y) { return x.pow(y); }
    },
    ATAN2(Math::atan2, (y, x) -> x / (x * x + y * y), (y, x) -> -y / (x * x + y * y),
            "1 2, -1 -0.5, 3 -4") {
        <T extends Num<T>> T apply(T x, T y) { return x.atan2(y); }
    },
    HYPOT(Math::hypot, (x, y) -> x / Math.hypot(x, y), (x, y) -> y / Math.hypot(x, y),
            "3 4, 0.5 -2, -1e200 1e200, 3e-200 -4e-200") {
        <T extends Num<T>> T apply(T x, T y) { return x.hypot(y); }
    },
    MIN(Math::min, (x, y) -> x < y ? 1 : 0, (x, y) -> x < y ? 0 : 1, "-2 0.5, 3 -7") {
        <T extends Num<T>> T apply(T x, T y) { return x.min(y); }
    },
    MAX(Math::max, (x, y) -> x > y ? 1 : 0, (x, y) -> x > y ? 0 : 1, "-2 0.5, 3 -7") {
        <T extends Num<T>> T apply(T x, T y) { return x.max(y); }
    },
    /** x &gt; 0 ? x·y : −y. */
    SELECT((x, y) -> x > 0 ? x * y : -y, (x, y) -> x > 0 ? y : 0, (x, y) -> x > 0 ? x : -1,
            "-2 0.5, 3 -7, 1e-300 2") {
        <T extends Num<T>> T apply(T x, T y) { return x.select(x.mul(y), y.neg()); }
    };

    final int arity;
    final DoubleBinaryOperator value;
    final DoubleBinaryOperator dx;
    final DoubleBinaryOperator dy;
    final List<double[]> points;
    final DoublePredicate domain;

    /** A unary operation defined on the whole real line. */
    Operation(java.util.function.DoubleUnaryOperator value, java.util.function.DoubleUnaryOperator derivative,
            String points) {
        this(value, derivative, points, x -> true);
    }

    Operation(java.util.function.DoubleUnaryOperator value, java.util.function.DoubleUnaryOperator derivative,
            String points, DoublePredicate domain) {
        this.arity = 1;
        this.value = (x, y) -> value.applyAsDouble(x);
        this.dx = (x, y) -> derivative.applyAsDouble(x);
        this.dy = null;
        this.points = parse(points, 1);
        this.domain = domain;
    }

    Operation(DoubleBinaryOperator value, DoubleBinaryOperator dx, DoubleBinaryOperator dy, String points) {
        this.arity = 2;
        this.value = value;
        this.dx = dx;
        this.dy = dy;
        this.points = parse(points, 2);
        this.domain = x -> true;
    }

    /** The operation on x (and y for binary operations; unary ones ignore it). */
    abstract <T extends Num<T>> T apply(T x, T y);

    /** The operation as a function of {@code x}, or of {@code x, y}. */
    NumFunction function() {
        Operation operation = this;
        List<String> variables = arity == 1 ? List.of("x") : List.of("x", "y");
        return new NumFunction() {
            @Override
            public List<String> variables() {
                return variables;
            }

            @Override
            public <T extends Num<T>> T apply(List<T> args, T zero) {
                return operation.apply(args.get(0), args.size() > 1 ? args.get(1) : zero);
            }

            @Override
            public String toString() {
                return operation.name();
            }
        };
    }

    /** The closed-form gradient at a point. */
    double[] gradient(double[] point) {
        double x = point[0];
        double y = arity == 2 ? point[1] : 0;
        return arity == 1 ? new double[] {dx.applyAsDouble(x, y)}
                : new double[] {dx.applyAsDouble(x, y), dy.applyAsDouble(x, y)};
    }

    double value(double[] point) {
        return value.applyAsDouble(point[0], arity == 2 ? point[1] : 0);
    }

    private static List<double[]> parse(String points, int arity) {
        return java.util.Arrays.stream(points.split(arity == 1 ? " " : ", "))
                .map(point -> java.util.Arrays.stream(point.trim().split(" "))
                        .mapToDouble(Double::parseDouble)
                        .toArray())
                .toList();
    }
}
