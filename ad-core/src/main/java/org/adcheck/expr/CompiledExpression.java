package org.adcheck.expr;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import org.adcheck.ad.Num;
import org.adcheck.ad.NumFunction;
import org.adcheck.ad.Real;

/**
 * An expression ready to evaluate many times over any {@link Num} algebra: a flat program run over
 * a small register file. Evaluation does no map lookup, string comparison or recursion, so a
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
 *
 * <p>The {@link Compiler} emits a postfix program; this class translates it once into register
 * form, where an operand names a variable or an earlier result directly. Loads of variables (and
 * swaps) then cost nothing at run time: the seed formula runs 5 instructions instead of 9, the
 * measured cost of interpretation being mostly one dispatch per instruction. Registers are reused
 * in stack order, so the register file is no larger than the postfix stack.
 */
public final class CompiledExpression implements NumFunction {
    private final Expr expression;
    private final List<String> variables;
    private final int postfixLength;
    private final Program program;

    CompiledExpression(Expr expression, List<String> variables, int[] ops, int[] slots, double[] constants, int maxStack) {
        this.expression = expression;
        this.variables = List.copyOf(variables);
        this.postfixLength = ops.length;
        this.program = Program.translate(ops, slots, constants, maxStack, this.variables.size());
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
        requireArguments(args.size());
        return program.run(args, zero);
    }

    /**
     * Evaluates the expression in plain doubles: exactly {@code apply} over {@link Real} (every
     * operation is Real's), without an object per operation. Finite differences evaluate a
     * function dozens of times per partial; this is their fast path.
     *
     * @param args one value per variable, in the order of {@link #variables()}
     * @throws IllegalArgumentException if the number of arguments differs from the number of variables
     */
    public double applyAsDouble(double[] args) {
        requireArguments(args.length);
        return program.runDoubles(args, null);
    }

    /**
     * The largest magnitude of any intermediate result when the expression is evaluated in plain
     * doubles at {@code args} (the arguments included, non-finite results ignored). Rounding error
     * in the value is relative to this, not to the value: {@code log10(0.5 + sigmoid(z))} near
     * {@code z = 0} is a tiny number computed from intermediates of size 1.
     */
    public double largestIntermediate(double[] args) {
        requireArguments(args.length);
        double[] largest = {0};
        program.runDoubles(args, largest);
        return largest[0];
    }

    private void requireArguments(int count) {
        if (count != variables.size()) {
            throw new IllegalArgumentException("expected " + variables.size() + " argument" + (variables.size() == 1 ? "" : "s")
                    + " " + variables + ", got " + count);
        }
    }

    /** Number of postfix instructions the compiler emitted; a test hook to check folding. */
    int instructionCount() {
        return postfixLength;
    }

    /** The expression as source text. */
    @Override
    public String toString() {
        return Expressions.print(expression);
    }

    /** Runs a postfix program once; the compiler folds constants with it. */
    static <T extends Num<T>> T execute(int[] ops, int[] slots, double[] constants, int maxStack, List<T> args, T zero) {
        return Program.translate(ops, slots, constants, maxStack, args.size()).run(args, zero);
    }

    /**
     * A program in register form. Instruction k computes {@code code[k]} of registers
     * {@code left[k]} (and {@code right[k]} for two-operand codes, {@code constants[k]} for the
     * {@code _C} codes and {@code CONST}) into register {@code target[k]}. Registers 0 to
     * {@code arguments − 1} hold the arguments; the result is register {@code result}.
     */
    private static final class Program {
        private final int[] code;
        private final int[] left;
        private final int[] right;
        private final double[] constants;
        private final int[] target;
        private final int arguments;
        private final int registers;
        private final int result;

        private Program(int[] code, int[] left, int[] right, double[] constants, int[] target,
                int arguments, int registers, int result) {
            this.code = code;
            this.left = left;
            this.right = right;
            this.constants = constants;
            this.target = target;
            this.arguments = arguments;
            this.registers = registers;
            this.result = result;
        }

        /**
         * Replays the postfix program over a stack of operand references instead of values. A LOAD
         * pushes a reference to its argument and a SWAP exchanges two references; neither emits
         * anything. Every other instruction pops its operands and writes a fresh register. The
         * computed registers held on the reference stack are always a, a+1, ..., a+k−1 from bottom
         * to top, a being the number of arguments (the compiler only swaps right before a
         * two-operand instruction consumes both), so the result goes to register a+k after the pops
         * and never overwrites a live value.
         */
        static Program translate(int[] ops, int[] slots, double[] constants, int maxStack, int arguments) {
            int n = ops.length;
            int[] code = new int[n];
            int[] left = new int[n];
            int[] right = new int[n];
            double[] values = new double[n];
            int[] target = new int[n];
            int[] references = new int[Math.max(maxStack, 1)];
            int depth = 0;
            int live = 0;
            int registers = 0;
            int size = 0;
            for (int pc = 0; pc < n; pc++) {
                int op = ops[pc];
                if (op == Opcodes.LOAD) {
                    references[depth++] = slots[pc];
                    continue;
                }
                if (op == Opcodes.SWAP) {
                    int top = references[depth - 1];
                    references[depth - 1] = references[depth - 2];
                    references[depth - 2] = top;
                    continue;
                }
                int operands = op == Opcodes.CONST ? 0 : Opcodes.stackEffect(op) == -1 ? 2 : 1;
                if (operands == 2) {
                    right[size] = references[--depth];
                    live -= right[size] >= arguments ? 1 : 0;
                }
                if (operands >= 1) {
                    left[size] = references[--depth];
                    live -= left[size] >= arguments ? 1 : 0;
                }
                code[size] = op;
                values[size] = constants[pc];
                target[size] = arguments + live;
                references[depth++] = arguments + live;
                live++;
                registers = Math.max(registers, live);
                size++;
            }
            if (depth != 1) {
                throw new IllegalStateException("postfix program leaves " + depth + " values, not 1");
            }
            return new Program(Arrays.copyOf(code, size), Arrays.copyOf(left, size), Arrays.copyOf(right, size),
                    Arrays.copyOf(values, size), Arrays.copyOf(target, size), arguments, arguments + registers, references[0]);
        }

        /** The interpreter: one table switch per instruction. */
        @SuppressWarnings("unchecked")
        /**
         * {@link #run} over {@link Real}, one register per double; each operation is Real's own.
         * With {@code largest} non-null, {@code largest[0]} becomes the largest finite magnitude of
         * any argument or intermediate.
         */
        double runDoubles(double[] args, double[] largest) {
            double[] r = new double[Math.max(registers, 1)];
            System.arraycopy(args, 0, r, 0, arguments);
            if (largest != null) {
                for (double a : args) {
                    largest[0] = Double.isFinite(a) ? Math.max(largest[0], Math.abs(a)) : largest[0];
                }
            }
            int[] code = this.code;
            for (int k = 0; k < code.length; k++) {
                int op = code[k];
                Real x = new Real(r[left[k]]);
                r[target[k]] = switch (op) {
                    case Opcodes.CONST -> constants[k];
                    case Opcodes.NEG -> x.neg().value();
                    case Opcodes.ADD -> x.add(new Real(r[right[k]])).value();
                    case Opcodes.SUB -> x.sub(new Real(r[right[k]])).value();
                    case Opcodes.MUL -> x.mul(new Real(r[right[k]])).value();
                    case Opcodes.DIV -> x.div(new Real(r[right[k]])).value();
                    case Opcodes.POW -> x.pow(new Real(r[right[k]])).value();
                    case Opcodes.ATAN2 -> x.atan2(new Real(r[right[k]])).value();
                    case Opcodes.HYPOT -> x.hypot(new Real(r[right[k]])).value();
                    case Opcodes.MIN -> x.min(new Real(r[right[k]])).value();
                    case Opcodes.MAX -> x.max(new Real(r[right[k]])).value();
                    case Opcodes.ADD_C -> x.add(constants[k]).value();
                    case Opcodes.SUB_C -> x.sub(constants[k]).value();
                    case Opcodes.RSUB_C -> x.rsub(constants[k]).value();
                    case Opcodes.MUL_C -> x.mul(constants[k]).value();
                    case Opcodes.DIV_C -> x.div(constants[k]).value();
                    case Opcodes.RDIV_C -> x.rdiv(constants[k]).value();
                    case Opcodes.POW_C -> x.pow(constants[k]).value();
                    case Opcodes.RPOW_C -> x.rpow(constants[k]).value();
                    case Opcodes.EXP -> x.exp().value();
                    case Opcodes.EXPM1 -> x.expm1().value();
                    case Opcodes.LOG -> x.log().value();
                    case Opcodes.LOG1P -> x.log1p().value();
                    case Opcodes.LOG2 -> x.log2().value();
                    case Opcodes.LOG10 -> x.log10().value();
                    case Opcodes.SQRT -> x.sqrt().value();
                    case Opcodes.CBRT -> x.cbrt().value();
                    case Opcodes.SIN -> x.sin().value();
                    case Opcodes.COS -> x.cos().value();
                    case Opcodes.TAN -> x.tan().value();
                    case Opcodes.ASIN -> x.asin().value();
                    case Opcodes.ACOS -> x.acos().value();
                    case Opcodes.ATAN -> x.atan().value();
                    case Opcodes.SINH -> x.sinh().value();
                    case Opcodes.COSH -> x.cosh().value();
                    case Opcodes.TANH -> x.tanh().value();
                    case Opcodes.ASINH -> x.asinh().value();
                    case Opcodes.ACOSH -> x.acosh().value();
                    case Opcodes.ATANH -> x.atanh().value();
                    case Opcodes.ABS -> x.abs().value();
                    case Opcodes.SIGMOID -> x.sigmoid().value();
                    case Opcodes.SOFTPLUS -> x.softplus().value();
                    case Opcodes.RELU -> x.relu().value();
                    case Opcodes.ERF -> x.erf().value();
                    default -> throw new IllegalStateException("unknown opcode " + op);
                };
                if (largest != null && Double.isFinite(r[target[k]])) {
                    largest[0] = Math.max(largest[0], Math.abs(r[target[k]]));
                }
            }
            return r[result];
        }

        <T extends Num<T>> T run(List<T> args, T zero) {
            Object[] r = new Object[registers];
            for (int j = 0; j < arguments; j++) {
                r[j] = args.get(j);
            }
            int[] code = this.code;
            for (int k = 0; k < code.length; k++) {
                int op = code[k];
                T x = (T) r[left[k]];
                r[target[k]] = switch (op) {
                    case Opcodes.CONST -> zero.constant(constants[k]);
                    case Opcodes.NEG -> x.neg();
                    case Opcodes.ADD -> x.add((T) r[right[k]]);
                    case Opcodes.SUB -> x.sub((T) r[right[k]]);
                    case Opcodes.MUL -> x.mul((T) r[right[k]]);
                    case Opcodes.DIV -> x.div((T) r[right[k]]);
                    case Opcodes.POW -> x.pow((T) r[right[k]]);
                    case Opcodes.ATAN2 -> x.atan2((T) r[right[k]]);
                    case Opcodes.HYPOT -> x.hypot((T) r[right[k]]);
                    case Opcodes.MIN -> x.min((T) r[right[k]]);
                    case Opcodes.MAX -> x.max((T) r[right[k]]);
                    case Opcodes.ADD_C -> x.add(constants[k]);
                    case Opcodes.SUB_C -> x.sub(constants[k]);
                    case Opcodes.RSUB_C -> x.rsub(constants[k]);
                    case Opcodes.MUL_C -> x.mul(constants[k]);
                    case Opcodes.DIV_C -> x.div(constants[k]);
                    case Opcodes.RDIV_C -> x.rdiv(constants[k]);
                    case Opcodes.POW_C -> x.pow(constants[k]);
                    case Opcodes.RPOW_C -> x.rpow(constants[k]);
                    case Opcodes.EXP -> x.exp();
                    case Opcodes.EXPM1 -> x.expm1();
                    case Opcodes.LOG -> x.log();
                    case Opcodes.LOG1P -> x.log1p();
                    case Opcodes.LOG2 -> x.log2();
                    case Opcodes.LOG10 -> x.log10();
                    case Opcodes.SQRT -> x.sqrt();
                    case Opcodes.CBRT -> x.cbrt();
                    case Opcodes.SIN -> x.sin();
                    case Opcodes.COS -> x.cos();
                    case Opcodes.TAN -> x.tan();
                    case Opcodes.ASIN -> x.asin();
                    case Opcodes.ACOS -> x.acos();
                    case Opcodes.ATAN -> x.atan();
                    case Opcodes.SINH -> x.sinh();
                    case Opcodes.COSH -> x.cosh();
                    case Opcodes.TANH -> x.tanh();
                    case Opcodes.ASINH -> x.asinh();
                    case Opcodes.ACOSH -> x.acosh();
                    case Opcodes.ATANH -> x.atanh();
                    case Opcodes.ABS -> x.abs();
                    case Opcodes.SIGMOID -> x.sigmoid();
                    case Opcodes.SOFTPLUS -> x.softplus();
                    case Opcodes.RELU -> x.relu();
                    case Opcodes.ERF -> x.erf();
                    default -> throw new IllegalStateException("unknown opcode " + op);
                };
            }
            return (T) r[result];
        }
    }
}
