package org.adcheck.expr;

/**
 * The instruction set of a {@link CompiledExpression}: a postfix program over a value stack.
 * Plain {@code int}s rather than an enum so that the interpreter loop is a single table switch.
 */
final class Opcodes {
    private Opcodes() {}

    /** Push the argument at index {@code ints[pc]}. */
    static final int LOAD = 0;
    /** Push {@code zero.constant(doubles[pc])}. */
    static final int CONST = 1;
    static final int NEG = 2;

    // Binary operators over two stack values: pop right, pop left, push left op right.
    static final int ADD = 3;
    static final int SUB = 4;
    static final int MUL = 5;
    static final int DIV = 6;
    static final int POW = 7;

    // One stack value x and the constant c = doubles[pc]; the suffix names the order.
    /** x + c (and c + x, which is the same IEEE operation). */
    static final int ADD_C = 8;
    static final int SUB_C = 9;
    /** c − x. */
    static final int RSUB_C = 10;
    static final int MUL_C = 11;
    static final int DIV_C = 12;
    /** c / x. */
    static final int RDIV_C = 13;
    /** x ^ c, exact for integer c and negative x. */
    static final int POW_C = 14;
    /** c ^ x. */
    static final int RPOW_C = 15;

    static final int EXP = 16;
    static final int EXPM1 = 17;
    static final int LOG = 18;
    static final int LOG1P = 19;
    static final int LOG2 = 20;
    static final int LOG10 = 21;
    static final int SQRT = 22;
    static final int CBRT = 23;
    static final int SIN = 24;
    static final int COS = 25;
    static final int TAN = 26;
    static final int ASIN = 27;
    static final int ACOS = 28;
    static final int ATAN = 29;
    static final int SINH = 30;
    static final int COSH = 31;
    static final int TANH = 32;
    static final int ASINH = 33;
    static final int ACOSH = 34;
    static final int ATANH = 35;
    static final int ABS = 36;
    static final int SIGMOID = 37;
    static final int SOFTPLUS = 38;
    static final int RELU = 39;
    static final int ERF = 40;
    static final int ATAN2 = 41;
    static final int HYPOT = 42;
    static final int MIN = 43;
    static final int MAX = 44;
    /** Exchange the top two values: puts a constant first argument before a computed second one. */
    static final int SWAP = 45;

    /** The change in stack height an instruction causes. */
    static int stackEffect(int opcode) {
        if (opcode == LOAD || opcode == CONST) {
            return 1;
        }
        if (opcode >= ADD && opcode <= POW || opcode >= ATAN2 && opcode <= MAX) {
            return -1;
        }
        return 0;
    }
}
