package org.adcheck.expr;

import java.util.List;
import java.util.Objects;
import org.adcheck.ad.Num;
import org.adcheck.ad.NumFunction;

/**
 * An expression ready to evaluate many times over any {@link Num} algebra: a flat postfix program
 * run over a small value stack. Evaluation does no map lookup, string comparison or recursion, so a
 * 200,000-term chain evaluates as safely as {@code x + 1}. Obtain one from
 * {@link Expressions#compile(Expr)}; it is immutable and safe to share between threads.
 *
 * <pre>{@code
 * CompiledExpression f = Expressions.compile(Expressions.parse("log(x1) + x1*x2 - sin(x2)"));
 * VectorDual y = f.apply(List.of(VectorDual.variable(0, 2, 2), VectorDual.variable(1, 2, 5)),
 *                        VectorDual.constant(2, 0));
 * }</pre>
 *
 * <p>Subexpressions without variables are computed once at compile time in plain double arithmetic
 * ({@link org.adcheck.ad.Real}) and enter the algebra as constants: {@code x^(1/3)} calls
 * {@code x.pow(1/3.0)}, {@code 2 - x} calls {@code x.rsub(2)}.
 */
public final class CompiledExpression implements NumFunction {
    private final Expr expression;
    private final List<String> variables;
    private final int[] ops;
    private final int[] slots;
    private final double[] constants;
    private final int maxStack;

    CompiledExpression(Expr expression, List<String> variables, int[] ops, int[] slots, double[] constants, int maxStack) {
        this.expression = expression;
        this.variables = List.copyOf(variables);
        this.ops = ops;
        this.slots = slots;
        this.constants = constants;
        this.maxStack = maxStack;
    }

    /** The variables, in the order {@link #apply} takes their values. */
    @Override
    public List<String> variables() {
        return variables;
    }

    /** The tree this program was compiled from. */
    public Expr expression() {
        return expression;
    }

    /**
     * Evaluates the expression.
     *
     * @param args one value per variable, in the order of {@link #variables()}
     * @param zero the constant 0 of the algebra; constants of the expression are made with
     *     {@code zero.constant(c)}
     * @throws IllegalArgumentException if the number of arguments differs from the number of variables
     */
    @Override
    public <T extends Num<T>> T apply(List<T> args, T zero) {
        Objects.requireNonNull(zero, "zero");
        if (args.size() != variables.size()) {
            throw new IllegalArgumentException("expected " + variables.size() + " argument" + (variables.size() == 1 ? "" : "s")
                    + " " + variables + ", got " + args.size());
        }
        return execute(ops, slots, constants, maxStack, args, zero);
    }

    /** Number of instructions; a test hook to check folding. */
    int instructionCount() {
        return ops.length;
    }

    /** The expression as source text. */
    @Override
    public String toString() {
        return Expressions.print(expression);
    }

    /** The interpreter: one table switch per instruction. */
    @SuppressWarnings("unchecked")
    static <T extends Num<T>> T execute(int[] ops, int[] slots, double[] constants, int maxStack, List<T> args, T zero) {
        Object[] stack = new Object[maxStack];
        int sp = -1;
        for (int pc = 0; pc < ops.length; pc++) {
            switch (ops[pc]) {
                case Opcodes.LOAD -> stack[++sp] = args.get(slots[pc]);
                case Opcodes.CONST -> stack[++sp] = zero.constant(constants[pc]);
                case Opcodes.NEG -> stack[sp] = ((T) stack[sp]).neg();
                case Opcodes.ADD -> {
                    T right = (T) stack[sp--];
                    stack[sp] = ((T) stack[sp]).add(right);
                }
                case Opcodes.SUB -> {
                    T right = (T) stack[sp--];
                    stack[sp] = ((T) stack[sp]).sub(right);
                }
                case Opcodes.MUL -> {
                    T right = (T) stack[sp--];
                    stack[sp] = ((T) stack[sp]).mul(right);
                }
                case Opcodes.DIV -> {
                    T right = (T) stack[sp--];
                    stack[sp] = ((T) stack[sp]).div(right);
                }
                case Opcodes.POW -> {
                    T right = (T) stack[sp--];
                    stack[sp] = ((T) stack[sp]).pow(right);
                }
                case Opcodes.ATAN2 -> {
                    T right = (T) stack[sp--];
                    stack[sp] = ((T) stack[sp]).atan2(right);
                }
                case Opcodes.HYPOT -> {
                    T right = (T) stack[sp--];
                    stack[sp] = ((T) stack[sp]).hypot(right);
                }
                case Opcodes.MIN -> {
                    T right = (T) stack[sp--];
                    stack[sp] = ((T) stack[sp]).min(right);
                }
                case Opcodes.MAX -> {
                    T right = (T) stack[sp--];
                    stack[sp] = ((T) stack[sp]).max(right);
                }
                case Opcodes.ADD_C -> stack[sp] = ((T) stack[sp]).add(constants[pc]);
                case Opcodes.SUB_C -> stack[sp] = ((T) stack[sp]).sub(constants[pc]);
                case Opcodes.RSUB_C -> stack[sp] = ((T) stack[sp]).rsub(constants[pc]);
                case Opcodes.MUL_C -> stack[sp] = ((T) stack[sp]).mul(constants[pc]);
                case Opcodes.DIV_C -> stack[sp] = ((T) stack[sp]).div(constants[pc]);
                case Opcodes.RDIV_C -> stack[sp] = ((T) stack[sp]).rdiv(constants[pc]);
                case Opcodes.POW_C -> stack[sp] = ((T) stack[sp]).pow(constants[pc]);
                case Opcodes.RPOW_C -> stack[sp] = ((T) stack[sp]).rpow(constants[pc]);
                case Opcodes.EXP -> stack[sp] = ((T) stack[sp]).exp();
                case Opcodes.EXPM1 -> stack[sp] = ((T) stack[sp]).expm1();
                case Opcodes.LOG -> stack[sp] = ((T) stack[sp]).log();
                case Opcodes.LOG1P -> stack[sp] = ((T) stack[sp]).log1p();
                case Opcodes.LOG2 -> stack[sp] = ((T) stack[sp]).log2();
                case Opcodes.LOG10 -> stack[sp] = ((T) stack[sp]).log10();
                case Opcodes.SQRT -> stack[sp] = ((T) stack[sp]).sqrt();
                case Opcodes.CBRT -> stack[sp] = ((T) stack[sp]).cbrt();
                case Opcodes.SIN -> stack[sp] = ((T) stack[sp]).sin();
                case Opcodes.COS -> stack[sp] = ((T) stack[sp]).cos();
                case Opcodes.TAN -> stack[sp] = ((T) stack[sp]).tan();
                case Opcodes.ASIN -> stack[sp] = ((T) stack[sp]).asin();
                case Opcodes.ACOS -> stack[sp] = ((T) stack[sp]).acos();
                case Opcodes.ATAN -> stack[sp] = ((T) stack[sp]).atan();
                case Opcodes.SINH -> stack[sp] = ((T) stack[sp]).sinh();
                case Opcodes.COSH -> stack[sp] = ((T) stack[sp]).cosh();
                case Opcodes.TANH -> stack[sp] = ((T) stack[sp]).tanh();
                case Opcodes.ASINH -> stack[sp] = ((T) stack[sp]).asinh();
                case Opcodes.ACOSH -> stack[sp] = ((T) stack[sp]).acosh();
                case Opcodes.ATANH -> stack[sp] = ((T) stack[sp]).atanh();
                case Opcodes.ABS -> stack[sp] = ((T) stack[sp]).abs();
                case Opcodes.SIGMOID -> stack[sp] = ((T) stack[sp]).sigmoid();
                case Opcodes.SOFTPLUS -> stack[sp] = ((T) stack[sp]).softplus();
                case Opcodes.RELU -> stack[sp] = ((T) stack[sp]).relu();
                case Opcodes.ERF -> stack[sp] = ((T) stack[sp]).erf();
                case Opcodes.SWAP -> {
                    Object top = stack[sp];
                    stack[sp] = stack[sp - 1];
                    stack[sp - 1] = top;
                }
                default -> throw new IllegalStateException("unknown opcode " + ops[pc]);
            }
        }
        return (T) stack[0];
    }
}
