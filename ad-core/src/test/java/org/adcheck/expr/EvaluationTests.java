package org.adcheck.expr;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.BinaryOperator;
import java.util.function.UnaryOperator;
import org.adcheck.ad.Dual;
import org.adcheck.ad.Num;
import org.adcheck.ad.Real;
import org.adcheck.ad.VectorDual;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

class EvaluationTests {

    private static final String SEED = "log(x1) + x1*x2 - sin(x2)";
    private static final double SEED_VALUE = 11.652071455223084;
    private static final double SEED_D_X1 = 5.5;
    private static final double SEED_D_X2 = 1.7163378145367738; // 2 - cos 5

    /** Each function of the language, called directly on Dual: the reference for the evaluator. */
    private static final Map<String, UnaryOperator<Dual>> UNARY = Map.ofEntries(
            Map.entry("exp", Dual::exp), Map.entry("expm1", Dual::expm1), Map.entry("log", Dual::log),
            Map.entry("log1p", Dual::log1p), Map.entry("log2", Dual::log2), Map.entry("log10", Dual::log10),
            Map.entry("sqrt", Dual::sqrt), Map.entry("cbrt", Dual::cbrt), Map.entry("sin", Dual::sin),
            Map.entry("cos", Dual::cos), Map.entry("tan", Dual::tan), Map.entry("asin", Dual::asin),
            Map.entry("acos", Dual::acos), Map.entry("atan", Dual::atan), Map.entry("sinh", Dual::sinh),
            Map.entry("cosh", Dual::cosh), Map.entry("tanh", Dual::tanh), Map.entry("asinh", Dual::asinh),
            Map.entry("acosh", Dual::acosh), Map.entry("atanh", Dual::atanh), Map.entry("abs", Dual::abs),
            Map.entry("sigmoid", Dual::sigmoid), Map.entry("softplus", Dual::softplus), Map.entry("relu", Dual::relu),
            Map.entry("erf", Dual::erf));

    private static final Map<String, BinaryOperator<Dual>> BINARY = Map.of(
            "pow", Dual::pow, "atan2", Dual::atan2, "hypot", Dual::hypot, "min", Dual::min, "max", Dual::max);

    private static final double[] POINTS = {-2.5, -0.4, 0, 0.3, 0.7, 1.5, 3};

    @Test
    void referenceTablesCoverEveryFunctionOfTheLanguage() {
        List<String> covered = new ArrayList<>(UNARY.keySet());
        covered.addAll(BINARY.keySet());
        assertThat(covered).containsExactlyInAnyOrderElementsOf(Expressions.functionNames());
        for (String name : Expressions.functionNames()) {
            assertThat(Expressions.arity(name)).as(name).isEqualTo(UNARY.containsKey(name) ? 1 : 2);
        }
    }

    static List<String> unaryFunctions() {
        return UNARY.keySet().stream().sorted().toList();
    }

    static List<String> binaryFunctions() {
        return BINARY.keySet().stream().sorted().toList();
    }

    @ParameterizedTest(name = "{0}(x)")
    @MethodSource("unaryFunctions")
    void evaluatesEachOneArgumentFunctionAsTheNumMethod(String name) {
        Expr call = Expressions.parse(name + "(x)");
        for (double x : POINTS) {
            Dual expected = UNARY.get(name).apply(Dual.variable(x));
            assertThat(Expressions.evaluate(call, Map.of("x", Dual.variable(x)), Dual.constantOf(0)))
                    .as("%s(%s)", name, x).isEqualTo(expected);
            assertThat(Expressions.evaluate(call, Map.of("x", new Real(x)), new Real(0)).value())
                    .as("%s(%s) over Real", name, x).isEqualByComparingTo(expected.value()); // NaN equals NaN
        }
    }

    @ParameterizedTest(name = "{0}(x, y)")
    @MethodSource("binaryFunctions")
    void evaluatesEachTwoArgumentFunctionAsTheNumMethod(String name) {
        Expr call = Expressions.parse(name + "(x, y)");
        for (double x : POINTS) {
            for (double y : POINTS) {
                for (boolean seedX : new boolean[] {true, false}) {
                    Dual dx = seedX ? Dual.variable(x) : Dual.constantOf(x);
                    Dual dy = seedX ? Dual.constantOf(y) : Dual.variable(y);
                    Dual expected = BINARY.get(name).apply(dx, dy);
                    assertThat(Expressions.evaluate(call, Map.of("x", dx, "y", dy), Dual.constantOf(0)))
                            .as("%s(%s, %s), seeding %s", name, x, y, seedX ? "x" : "y").isEqualTo(expected);
                }
            }
        }
    }

    static List<Arguments> operatorsAgainstDirectCalls() {
        Dual x = Dual.variable(-1.7);
        Dual y = new Dual(0.6, -0.25);
        return List.of(
                Arguments.of("x + y", x.add(y)), Arguments.of("x - y", x.sub(y)), Arguments.of("x * y", x.mul(y)),
                Arguments.of("x / y", x.div(y)), Arguments.of("y ^ x", y.pow(x)), Arguments.of("y ** x", y.pow(x)),
                Arguments.of("-x", x.neg()), Arguments.of("+x", x),
                Arguments.of("x + 2", x.add(2)), Arguments.of("2 + x", x.add(2)), Arguments.of("x - 2", x.sub(2)),
                Arguments.of("2 - x", x.rsub(2)), Arguments.of("x * 2", x.mul(2)), Arguments.of("2 * x", x.mul(2)),
                Arguments.of("x / 2", x.div(2)), Arguments.of("2 / x", x.rdiv(2)), Arguments.of("x ^ 2", x.pow(2.0)),
                Arguments.of("2 ^ x", x.rpow(2)), Arguments.of("x ^ -3", x.pow(-3.0)),
                Arguments.of("x ^ (1/3)", x.pow(1.0 / 3)), Arguments.of("pow(x, 3)", x.pow(3.0)),
                Arguments.of("pi * x", x.mul(Math.PI)), Arguments.of("x ^ e", x.pow(Math.E)),
                Arguments.of("2 * pi * x", x.mul(2 * Math.PI)), Arguments.of("x * sin(pi / 2)", x.mul(1.0)),
                Arguments.of("atan2(1, x)", Dual.constantOf(1).atan2(x)),
                Arguments.of("max(x, 0)", x.max(Dual.constantOf(0))),
                Arguments.of("min(2, x)", Dual.constantOf(2).min(x)),
                Arguments.of("hypot(3, y * x)", Dual.constantOf(3).hypot(y.mul(x))),
                Arguments.of("pow(2, x)", x.rpow(2)),
                Arguments.of("-x^2", x.pow(2.0).neg()), Arguments.of("(-x)^2", x.neg().pow(2.0)),
                Arguments.of("-2 ^ 2 * x", x.mul(-4)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("operatorsAgainstDirectCalls")
    void evaluatesOperatorsAsTheNumMethods(String source, Dual expected) {
        Map<String, Dual> point = Map.of("x", Dual.variable(-1.7), "y", new Dual(0.6, -0.25));
        assertThat(Expressions.evaluate(Expressions.parse(source), point, Dual.constantOf(0))).isEqualTo(expected);
    }

    @Test
    void integerPowerOfANegativeBaseHasAnExactDerivative() {
        Dual squared = Expressions.evaluate(Expressions.parse("x^2"), Map.of("x", Dual.variable(-3)), Dual.constantOf(0));
        assertThat(squared).isEqualTo(new Dual(9, -6));
        Dual cubed = Expressions.evaluate(Expressions.parse("x^(4 - 1)"), Map.of("x", Dual.variable(-2)), Dual.constantOf(0));
        assertThat(cubed).isEqualTo(new Dual(-8, 12));
    }

    @Test
    void foldsVariableFreeSubexpressionsIntoOneConstant() {
        assertThat(Expressions.compile(Expressions.parse("2 * pi * sin(pi / 6) ^ 2 * x")).instructionCount()).isEqualTo(2);
        assertThat(Expressions.compile(Expressions.parse("exp(-(1/2))")).instructionCount()).isEqualTo(1);
        assertThat(Expressions.evaluate(Expressions.parse("exp(-(1/2))"), Map.of(), new Real(0)).value())
                .isEqualTo(Math.exp(-0.5));
    }

    @Test
    void evaluatesAConstantExpressionInAnyAlgebra() {
        VectorDual value = Expressions.evaluate(Expressions.parse("2^10 + e"), Map.of(), VectorDual.constant(3, 0));
        assertThat(value.value()).isEqualTo(1024 + Math.E);
        assertThat(value.gradient()).containsExactly(0, 0, 0);
    }

    @Test
    void seedFormulaGivesTheGoldenGradientOverVectorDualInOnePass() {
        CompiledExpression seed = Expressions.compile(Expressions.parse(SEED));
        VectorDual y = seed.apply(List.of(VectorDual.variable(0, 2, 2), VectorDual.variable(1, 2, 5)), VectorDual.constant(2, 0));
        assertThat(seed.variables()).containsExactly("x1", "x2");
        assertThat(y.value()).isEqualTo(SEED_VALUE);
        assertThat(y.partial(0)).isEqualTo(SEED_D_X1);
        assertThat(y.partial(1)).isEqualTo(SEED_D_X2);
    }

    @Test
    void seedFormulaGivesTheGoldenValuesOverDualWithTwoSeedings() {
        Expr seed = Expressions.parse(SEED);
        Dual byX1 = Expressions.evaluate(seed, Map.of("x1", Dual.variable(2), "x2", Dual.constantOf(5)), Dual.constantOf(0));
        Dual byX2 = Expressions.evaluate(seed, Map.of("x1", Dual.constantOf(2), "x2", Dual.variable(5)), Dual.constantOf(0));
        assertThat(byX1).isEqualTo(new Dual(SEED_VALUE, SEED_D_X1));
        assertThat(byX2).isEqualTo(new Dual(SEED_VALUE, SEED_D_X2));
        assertThat(byX1).hasToString("value:11.6521, grad:5.5");
    }

    @Test
    void seedFormulaMatchesTheSameFunctionWrittenInJava() {
        CompiledExpression compiled = Expressions.compile(Expressions.parse(SEED));
        for (double x1 : new double[] {0.5, 2, 7.25}) {
            for (double x2 : new double[] {-3, 0.1, 5}) {
                List<VectorDual> args = List.of(VectorDual.variable(0, 2, x1), VectorDual.variable(1, 2, x2));
                VectorDual expected = seedInJava(args.get(0), args.get(1));
                VectorDual actual = compiled.apply(args, VectorDual.constant(2, 0));
                assertThat(actual.value()).isEqualTo(expected.value());
                assertThat(actual.gradient()).containsExactly(expected.gradient());
            }
        }
    }

    private static <T extends Num<T>> T seedInJava(T x1, T x2) {
        return x1.log().add(x1.mul(x2)).sub(x2.sin());
    }

    @Test
    void compileTakesArgumentsInTheGivenOrder() {
        CompiledExpression reversed = Expressions.compile(Expressions.parse(SEED), List.of("x2", "unused", "x1"));
        assertThat(reversed.variables()).containsExactly("x2", "unused", "x1");
        Real value = reversed.apply(List.of(new Real(5), new Real(99), new Real(2)), new Real(0));
        assertThat(value.value()).isEqualTo(SEED_VALUE);
    }

    @Test
    void compileRejectsAnOrderThatMissesAVariable() {
        assertThatThrownBy(() -> Expressions.compile(Expressions.parse(SEED), List.of("x1")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("variable order [x1] lacks variable 'x2' of log(x1) + x1 * x2 - sin(x2)");
    }

    @Test
    void compileRejectsAnOrderThatRepeatsAName() {
        assertThatThrownBy(() -> Expressions.compile(Expressions.parse("x"), List.of("x", "x")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("variable order [x, x] names 'x' twice");
    }

    @Test
    void evaluateNamesAnUnboundVariable() {
        assertThatThrownBy(() -> Expressions.evaluate(Expressions.parse(SEED), Map.of("x1", new Real(2), "y", new Real(0)), new Real(0)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("no value for variable 'x2'; the binding has [x1, y]");
    }

    @Test
    void applyRejectsTheWrongNumberOfArguments() {
        CompiledExpression seed = Expressions.compile(Expressions.parse(SEED));
        assertThatThrownBy(() -> seed.apply(List.of(new Real(1)), new Real(0)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("expected 2 arguments [x1, x2], got 1");
    }

    @ParameterizedTest(name = "{0} = {1}")
    @CsvSource(delimiter = '|', textBlock = """
            log(0)      | -Infinity
            1 / 0       | Infinity
            sqrt(-1)    | NaN
            0 ^ 0       | 1
            (-8) ^ (1/3)| NaN
            exp(1000)   | Infinity
            """)
    void followsIeeeResultsAtPointsOffTheDomain(String source, double expected) {
        assertThat(Expressions.evaluate(Expressions.parse(source), Map.of(), new Real(0)).value())
                .isEqualByComparingTo(expected); // NaN equals NaN
    }

    @Test
    void compiledExpressionIsANumFunctionUsableFromManyThreads() throws Exception {
        CompiledExpression seed = Expressions.compile(Expressions.parse(SEED));
        List<Thread> threads = new ArrayList<>();
        List<Throwable> failures = java.util.Collections.synchronizedList(new ArrayList<>());
        for (int t = 0; t < 4; t++) {
            Thread thread = new Thread(() -> {
                for (int i = 0; i < 2000; i++) {
                    Real value = seed.apply(List.of(new Real(2), new Real(5)), new Real(0));
                    if (value.value() != SEED_VALUE) {
                        failures.add(new AssertionError("got " + value));
                    }
                }
            });
            threads.add(thread);
            thread.start();
        }
        for (Thread thread : threads) {
            thread.join();
        }
        assertThat(failures).isEmpty();
    }
}
