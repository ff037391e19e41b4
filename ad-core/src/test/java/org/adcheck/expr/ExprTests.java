package org.adcheck.expr;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ExprTests {
    private static final Expr X = new Expr.Variable("x");

    @Test
    void equalTreesAreEqualAndHashAlike() {
        Expr a = Expressions.parse("log(x1) + x1*x2 - sin(-x2)^2");
        Expr b = Expressions.parse("log(x1)+x1*x2-sin(-x2)**2");
        assertThat(a).isEqualTo(b).hasSameHashCodeAs(b);
        assertThat(a).isNotEqualTo(Expressions.parse("log(x1) + x1*x2 - sin(-x2)^3"));
        assertThat(Expressions.parse("x - y")).isNotEqualTo(Expressions.parse("x + y"));
        assertThat(Expressions.parse("max(x, y)")).isNotEqualTo(Expressions.parse("min(x, y)"));
        assertThat(Expressions.parse("-x")).isNotEqualTo(X);
        assertThat(Expressions.parse("x")).isNotEqualTo("x");
    }

    @Test
    void callStoresTheCanonicalNameAndAnImmutableCopyOfItsArguments() {
        List<Expr> arguments = new ArrayList<>(List.of(X));
        Expr.Call call = new Expr.Call("ln", arguments);
        arguments.add(X);
        assertThat(call.function()).isEqualTo("log");
        assertThat(call.arguments()).containsExactly(X);
        assertThatThrownBy(() -> call.arguments().add(X)).isInstanceOf(UnsupportedOperationException.class);
        assertThat(call).isEqualTo(Expressions.parse("log(x)"));
    }

    @Test
    void callRejectsUnknownFunctionsAndWrongArity() {
        assertThatThrownBy(() -> new Expr.Call("foo", X)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("unknown function 'foo'");
        assertThatThrownBy(() -> new Expr.Call("atan2", X)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("'atan2' takes 2 arguments, got 1");
        assertThatThrownBy(() -> new Expr.Call("sin", X, X)).hasMessage("'sin' takes 1 argument, got 2");
    }

    @Test
    void constantRejectsWhatTheLanguageCannotWrite() {
        assertThatThrownBy(() -> new Expr.Constant(-1.5)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("a Constant must be finite and non-negative, got -1.5; write a negative number as new Negate(new Constant(1.5))");
        assertThatThrownBy(() -> new Expr.Constant(Double.NaN)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Expr.Constant(Double.POSITIVE_INFINITY)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Expr.Constant(-0.0)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void variableRejectsNamesThatWouldNotReadBackAsAVariable() {
        assertThatThrownBy(() -> new Expr.Variable("sin")).hasMessage("'sin' is a function and cannot name a variable");
        assertThatThrownBy(() -> new Expr.Variable("ln")).hasMessage("'ln' is a function and cannot name a variable");
        assertThatThrownBy(() -> new Expr.Variable("pi")).hasMessage("'pi' is a constant and cannot name a variable");
        assertThatThrownBy(() -> new Expr.Variable("2x"))
                .hasMessage("'2x' is not an identifier (a letter or '_', then letters, digits or '_')");
        assertThatThrownBy(() -> new Expr.Variable("θ")).isInstanceOf(IllegalArgumentException.class);
        assertThat(new Expr.Variable("e5").name()).isEqualTo("e5");
    }

    @Test
    void namedConstantsAreOnlyPiAndE() {
        assertThat(Expr.NamedConstant.PI.value()).isEqualTo(Math.PI);
        assertThat(Expr.NamedConstant.E.value()).isEqualTo(Math.E);
        assertThatThrownBy(() -> new Expr.NamedConstant("tau")).hasMessage("unknown constant 'tau'; the constants are 'pi' and 'e'");
    }

    @Test
    void functionNamesListEveryFunctionOnceWithItsArity() {
        assertThat(Expressions.functionNames()).containsExactly(
                "exp", "expm1", "log", "log1p", "log2", "log10", "sqrt", "cbrt", "sin", "cos", "tan", "asin", "acos",
                "atan", "sinh", "cosh", "tanh", "asinh", "acosh", "atanh", "abs", "sigmoid", "softplus", "relu", "erf",
                "pow", "atan2", "hypot", "min", "max");
        assertThat(Expressions.arity("ln")).isEqualTo(1);
        assertThat(Expressions.arity("hypot")).isEqualTo(2);
        assertThatThrownBy(() -> Expressions.arity("foo")).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("unknown function 'foo'");
        assertThatThrownBy(() -> Expressions.functionNames().add("foo")).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void operatorsKnowTheirSymbols() {
        assertThat(List.of(Operator.values())).extracting(Operator::symbol).containsExactly("+", "-", "*", "/", "^");
    }
}
