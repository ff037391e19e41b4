package org.adcheck.expr;

import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Deque;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.adcheck.ad.Real;

/**
 * Turns a tree into the flat postfix program of a {@link CompiledExpression}, in two passes with
 * explicit stacks (no recursion, so any depth compiles):
 *
 * <ol>
 *   <li><b>Folding.</b> Every subtree without variables becomes one double, computed by the same
 *       program interpreter over {@link Real}. So {@code x^(1/3)} and {@code 2*pi*x} reach the
 *       algebra as {@code x.pow(0.333…)} and {@code x.mul(6.28…)}, the exact constant-exponent and
 *       constant-factor rules, in every backend alike.
 *   <li><b>Emission.</b> Post-order instructions; an operator with one folded operand becomes a
 *       fused instruction ({@code x.sub(c)}, {@code x.rsub(c)}, {@code x.pow(c)}, …), so constants
 *       cost no allocation and {@code (-2)^2}-style integer powers stay exact for negative bases.
 * </ol>
 */
final class Compiler {
    private static final Real REAL_ZERO = new Real(0);

    private final Map<String, Integer> slots = new HashMap<>();
    private final Map<Expr, Double> folded = new IdentityHashMap<>();
    private int[] ops = new int[16];
    private int[] ints = new int[16];
    private double[] doubles = new double[16];
    private int size;
    private int depth;
    private int maxDepth;

    private Compiler(List<String> variableOrder) {
        for (int i = 0; i < variableOrder.size(); i++) {
            slots.put(variableOrder.get(i), i);
        }
    }

    static CompiledExpression compile(Expr root, List<String> variableOrder) {
        Compiler compiler = new Compiler(variableOrder);
        compiler.fold(root);
        compiler.emitAll(root);
        int n = compiler.size;
        return new CompiledExpression(root, variableOrder, Arrays.copyOf(compiler.ops, n),
                Arrays.copyOf(compiler.ints, n), Arrays.copyOf(compiler.doubles, n), compiler.maxDepth);
    }

    /** Records the value of every variable-free subtree in {@link #folded}. */
    private void fold(Expr root) {
        Deque<Expr> pending = new ArrayDeque<>();
        Deque<Boolean> childrenDone = new ArrayDeque<>();
        pending.push(root);
        childrenDone.push(false);
        while (!pending.isEmpty()) {
            Expr node = pending.pop();
            boolean done = childrenDone.pop();
            List<Expr> children = children(node);
            if (!done && !children.isEmpty()) {
                pending.push(node);
                childrenDone.push(true);
                for (Expr child : children) {
                    pending.push(child);
                    childrenDone.push(false);
                }
                continue;
            }
            if (node instanceof Expr.Constant c) {
                folded.put(node, c.value());
            } else if (node instanceof Expr.NamedConstant n) {
                folded.put(node, n.value());
            } else if (!children.isEmpty() && children.stream().allMatch(folded::containsKey)) {
                folded.put(node, evaluateOnReal(node, children));
            }
        }
    }

    private double evaluateOnReal(Expr node, List<Expr> children) {
        int opcode = opcode(node);
        int n = children.size() + 1;
        int[] code = new int[n];
        double[] values = new double[n];
        for (int i = 0; i < children.size(); i++) {
            code[i] = Opcodes.CONST;
            values[i] = folded.get(children.get(i));
        }
        code[n - 1] = opcode;
        return CompiledExpression.execute(code, new int[n], values, n, List.<Real>of(), REAL_ZERO).value();
    }

    private void emitAll(Expr root) {
        // Items are nodes still to compile, or finished instructions waiting for their operands.
        Deque<Object> work = new ArrayDeque<>();
        work.push(root);
        while (!work.isEmpty()) {
            Object item = work.pop();
            if (item instanceof Instruction instruction) {
                emit(instruction.opcode(), instruction.slot(), instruction.constant());
                continue;
            }
            Expr node = (Expr) item;
            Double value = folded.get(node);
            if (value != null) {
                emit(Opcodes.CONST, 0, value);
            } else if (node instanceof Expr.Variable v) {
                emit(Opcodes.LOAD, slot(v.name()), 0);
            } else {
                List<Expr> children = children(node);
                int opcode = opcode(node);
                if (children.size() == 2 && (opcode == Opcodes.ADD || opcode == Opcodes.SUB || opcode == Opcodes.MUL
                        || opcode == Opcodes.DIV || opcode == Opcodes.POW)) {
                    Double left = folded.get(children.get(0));
                    Double right = folded.get(children.get(1));
                    if (right != null) {
                        work.push(new Instruction(withConstantRight(opcode), 0, right));
                        work.push(children.get(0));
                        continue;
                    }
                    if (left != null) {
                        work.push(new Instruction(withConstantLeft(opcode), 0, left));
                        work.push(children.get(1));
                        continue;
                    }
                }
                work.push(new Instruction(opcode, 0, 0));
                for (int i = children.size() - 1; i >= 0; i--) {
                    work.push(children.get(i));
                }
            }
        }
    }

    private record Instruction(int opcode, int slot, double constant) {}

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
        depth += 1 - Opcodes.pops(opcode);
        maxDepth = Math.max(maxDepth, depth);
    }

    private static List<Expr> children(Expr node) {
        if (node instanceof Expr.Binary b) {
            return List.of(b.left(), b.right());
        }
        if (node instanceof Expr.Negate n) {
            return List.of(n.operand());
        }
        if (node instanceof Expr.Call c) {
            return c.arguments();
        }
        return List.of();
    }

    private static int opcode(Expr node) {
        if (node instanceof Expr.Negate) {
            return Opcodes.NEG;
        }
        if (node instanceof Expr.Call c) {
            return Builtin.lookup(c.function()).opcode;
        }
        return switch (((Expr.Binary) node).op()) {
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
