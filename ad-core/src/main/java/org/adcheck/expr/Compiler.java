package org.adcheck.expr;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.adcheck.ad.Real;

/**
 * Turns a tree into the flat postfix program of a {@link CompiledExpression} in one post-order
 * walk with explicit stacks (no recursion, so any depth compiles):
 *
 * <ul>
 *   <li><b>Folding.</b> Every subtree without variables becomes one double, computed by the
 *       program interpreter over {@link Real}. So {@code x^(1/3)} and {@code 2*pi*x} reach the
 *       algebra as {@code x.pow(0.333…)} and {@code x.mul(6.28…)}, the exact constant-exponent and
 *       constant-factor rules, in every backend alike.
 *   <li><b>Fusion.</b> A constant is not pushed until a parent needs it: an operator with one
 *       constant operand becomes one instruction ({@code x.sub(c)}, {@code x.rsub(c)},
 *       {@code x.pow(c)}, …), so constants cost no allocation and integer powers stay exact for
 *       negative bases.
 * </ul>
 */
final class Compiler {
    private static final Real REAL_ZERO = new Real(0);

    private final Map<String, Integer> slots = new HashMap<>();

    // The program so far.
    private int[] ops = new int[16];
    private int[] ints = new int[16];
    private double[] doubles = new double[16];
    private int size;
    private int height;
    private int maxHeight;

    // One entry per finished subtree whose parent is not finished yet: either a pending constant
    // (not emitted) or code already emitted that leaves its value on the stack.
    private boolean[] pendingConstant = new boolean[16];
    private double[] pendingValue = new double[16];
    private int results;

    private Compiler(List<String> variableOrder) {
        for (int i = 0; i < variableOrder.size(); i++) {
            slots.put(variableOrder.get(i), i);
        }
    }

    static CompiledExpression compile(Expr root, List<String> variableOrder) {
        Compiler compiler = new Compiler(variableOrder);
        compiler.walk(root);
        if (compiler.pendingConstant[0]) {
            compiler.emit(Opcodes.CONST, 0, compiler.pendingValue[0]);
        }
        int n = compiler.size;
        return new CompiledExpression(root, variableOrder, Arrays.copyOf(compiler.ops, n),
                Arrays.copyOf(compiler.ints, n), Arrays.copyOf(compiler.doubles, n), compiler.maxHeight);
    }

    private void walk(Expr root) {
        Expr[] nodes = new Expr[16];
        boolean[] expanded = new boolean[16];
        int top = 0;
        nodes[0] = root;
        while (top >= 0) {
            Expr node = nodes[top];
            if (!expanded[top] && hasChildren(node)) {
                expanded[top] = true;
                if (top + 3 >= nodes.length || node instanceof Expr.Call c && top + c.arguments().size() >= nodes.length) {
                    nodes = Arrays.copyOf(nodes, nodes.length * 2 + 8);
                    expanded = Arrays.copyOf(expanded, nodes.length);
                }
                // Pushed last child first, so the first child is on top and visited first.
                if (node instanceof Expr.Binary b) {
                    nodes[++top] = b.right();
                    expanded[top] = false;
                    nodes[++top] = b.left();
                    expanded[top] = false;
                } else if (node instanceof Expr.Negate n) {
                    nodes[++top] = n.operand();
                    expanded[top] = false;
                } else {
                    List<Expr> arguments = ((Expr.Call) node).arguments();
                    for (int i = arguments.size() - 1; i >= 0; i--) {
                        nodes[++top] = arguments.get(i);
                        expanded[top] = false;
                    }
                }
                continue;
            }
            nodes[top--] = null;
            finish(node);
        }
    }

    /** Called once per node, after its children, whose results are the last entries. */
    private void finish(Expr node) {
        if (node instanceof Expr.Constant c) {
            pushConstant(c.value());
        } else if (node instanceof Expr.NamedConstant n) {
            pushConstant(n.value());
        } else if (node instanceof Expr.Variable v) {
            emit(Opcodes.LOAD, slot(v.name()), 0);
            pushCode();
        } else if (node instanceof Expr.Negate) {
            unary(Opcodes.NEG);
        } else if (node instanceof Expr.Call call) {
            Builtin function = Builtin.lookup(call.function());
            if (function.arity == 1) {
                unary(function.opcode);
            } else {
                binary(function.opcode);
            }
        } else {
            binary(opcode(((Expr.Binary) node).op()));
        }
    }

    private void unary(int opcode) {
        int operand = results - 1;
        if (pendingConstant[operand]) {
            double value = onReal(opcode, pendingValue[operand], 0);
            results--;
            pushConstant(value);
        } else {
            emit(opcode, 0, 0); // the operand's code is already on the stack; the result replaces it
        }
    }

    private void binary(int opcode) {
        int left = results - 2;
        int right = results - 1;
        boolean leftConstant = pendingConstant[left];
        boolean rightConstant = pendingConstant[right];
        double leftValue = pendingValue[left];
        double rightValue = pendingValue[right];
        results -= 2;
        if (leftConstant && rightConstant) {
            pushConstant(onReal(opcode, leftValue, rightValue));
            return;
        }
        boolean arithmetic = opcode == Opcodes.ADD || opcode == Opcodes.SUB || opcode == Opcodes.MUL
                || opcode == Opcodes.DIV || opcode == Opcodes.POW;
        if (rightConstant) {
            if (arithmetic) {
                emit(withConstantRight(opcode), 0, rightValue);
            } else {
                emit(Opcodes.CONST, 0, rightValue);
                emit(opcode, 0, 0);
            }
        } else if (leftConstant) {
            if (arithmetic) {
                emit(withConstantLeft(opcode), 0, leftValue);
            } else { // the right operand's code already ran: push the constant, then restore the order
                emit(Opcodes.CONST, 0, leftValue);
                emit(Opcodes.SWAP, 0, 0);
                emit(opcode, 0, 0);
            }
        } else {
            emit(opcode, 0, 0);
        }
        pushCode();
    }

    /** Folds one operation on constants with the plain-double algebra, through the interpreter itself. */
    private static double onReal(int opcode, double left, double right) {
        boolean twoOperands = Opcodes.stackEffect(opcode) == -1;
        int[] code = twoOperands
                ? new int[] {Opcodes.CONST, Opcodes.CONST, opcode}
                : new int[] {Opcodes.CONST, opcode};
        double[] values = twoOperands ? new double[] {left, right, 0} : new double[] {left, 0};
        return CompiledExpression.execute(code, new int[code.length], values, 2, List.<Real>of(), REAL_ZERO).value();
    }

    private void pushConstant(double value) {
        ensureResultCapacity();
        pendingConstant[results] = true;
        pendingValue[results] = value;
        results++;
    }

    private void pushCode() {
        ensureResultCapacity();
        pendingConstant[results] = false;
        pendingValue[results] = 0;
        results++;
    }

    private void ensureResultCapacity() {
        if (results == pendingConstant.length) {
            pendingConstant = Arrays.copyOf(pendingConstant, results * 2);
            pendingValue = Arrays.copyOf(pendingValue, results * 2);
        }
    }

    private int slot(String variable) {
        Integer slot = slots.get(variable);
        if (slot == null) { // Expressions checks the order first; this guards direct use
            throw new IllegalArgumentException("variable '" + variable + "' is not in the variable order " + slots.keySet());
        }
        return slot;
    }

    private void emit(int opcode, int slot, double constant) {
        if (size == ops.length) {
            ops = Arrays.copyOf(ops, size * 2);
            ints = Arrays.copyOf(ints, size * 2);
            doubles = Arrays.copyOf(doubles, size * 2);
        }
        ops[size] = opcode;
        ints[size] = slot;
        doubles[size] = constant;
        size++;
        height += Opcodes.stackEffect(opcode);
        maxHeight = Math.max(maxHeight, height);
    }

    private static boolean hasChildren(Expr node) {
        return node instanceof Expr.Binary || node instanceof Expr.Negate || node instanceof Expr.Call;
    }

    private static int opcode(Operator op) {
        return switch (op) {
            case ADD -> Opcodes.ADD;
            case SUB -> Opcodes.SUB;
            case MUL -> Opcodes.MUL;
            case DIV -> Opcodes.DIV;
            case POW -> Opcodes.POW;
        };
    }

    private static int withConstantRight(int opcode) {
        return switch (opcode) {
            case Opcodes.ADD -> Opcodes.ADD_C;
            case Opcodes.SUB -> Opcodes.SUB_C;
            case Opcodes.MUL -> Opcodes.MUL_C;
            case Opcodes.DIV -> Opcodes.DIV_C;
            default -> Opcodes.POW_C;
        };
    }

    /** Addition and multiplication commute exactly in IEEE arithmetic, so c + x is x.add(c). */
    private static int withConstantLeft(int opcode) {
        return switch (opcode) {
            case Opcodes.ADD -> Opcodes.ADD_C;
            case Opcodes.SUB -> Opcodes.RSUB_C;
            case Opcodes.MUL -> Opcodes.MUL_C;
            case Opcodes.DIV -> Opcodes.RDIV_C;
            default -> Opcodes.RPOW_C;
        };
    }
}
