package org.adcheck.expr;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/**
 * The functions a {@link Expr.Call} may name: one per {@link org.adcheck.ad.Num} method, plus the
 * alias {@code ln} of {@code log}. The opcode ties each function to its instruction in a
 * {@link CompiledExpression}.
 */
enum Builtin {
    EXP("exp", 1, Opcodes.EXP),
    EXPM1("expm1", 1, Opcodes.EXPM1),
    LOG("log", 1, Opcodes.LOG),
    LOG1P("log1p", 1, Opcodes.LOG1P),
    LOG2("log2", 1, Opcodes.LOG2),
    LOG10("log10", 1, Opcodes.LOG10),
    SQRT("sqrt", 1, Opcodes.SQRT),
    CBRT("cbrt", 1, Opcodes.CBRT),
    SIN("sin", 1, Opcodes.SIN),
    COS("cos", 1, Opcodes.COS),
    TAN("tan", 1, Opcodes.TAN),
    ASIN("asin", 1, Opcodes.ASIN),
    ACOS("acos", 1, Opcodes.ACOS),
    ATAN("atan", 1, Opcodes.ATAN),
    SINH("sinh", 1, Opcodes.SINH),
    COSH("cosh", 1, Opcodes.COSH),
    TANH("tanh", 1, Opcodes.TANH),
    ASINH("asinh", 1, Opcodes.ASINH),
    ACOSH("acosh", 1, Opcodes.ACOSH),
    ATANH("atanh", 1, Opcodes.ATANH),
    ABS("abs", 1, Opcodes.ABS),
    SIGMOID("sigmoid", 1, Opcodes.SIGMOID),
    SOFTPLUS("softplus", 1, Opcodes.SOFTPLUS),
    RELU("relu", 1, Opcodes.RELU),
    ERF("erf", 1, Opcodes.ERF),
    POW("pow", 2, Opcodes.POW),
    ATAN2("atan2", 2, Opcodes.ATAN2),
    HYPOT("hypot", 2, Opcodes.HYPOT),
    MIN("min", 2, Opcodes.MIN),
    MAX("max", 2, Opcodes.MAX);

    private static final Map<String, Builtin> BY_NAME = new LinkedHashMap<>();
    private static final Set<String> CANONICAL_NAMES;

    static {
        Set<String> names = new LinkedHashSet<>();
        for (Builtin b : values()) {
            BY_NAME.put(b.name, b);
            names.add(b.name);
        }
        BY_NAME.put("ln", LOG);
        CANONICAL_NAMES = Collections.unmodifiableSet(names);
    }

    /** Names users tend to write for functions the language spells differently. */
    private static final Map<String, String> SPELLINGS = Map.ofEntries(
            Map.entry("arcsin", "asin"), Map.entry("arccos", "acos"), Map.entry("arctan", "atan"),
            Map.entry("arsinh", "asinh"), Map.entry("arcsinh", "asinh"),
            Map.entry("arcosh", "acosh"), Map.entry("arccosh", "acosh"),
            Map.entry("artanh", "atanh"), Map.entry("arctanh", "atanh"),
            Map.entry("arctan2", "atan2"), Map.entry("tg", "tan"), Map.entry("power", "pow"),
            Map.entry("logistic", "sigmoid"), Map.entry("fabs", "abs"), Map.entry("lg", "log10"),
            Map.entry("exp1m", "expm1"), Map.entry("ln1p", "log1p"), Map.entry("sqr", "sqrt"));

    final String name;
    final int arity;
    final int opcode;

    Builtin(String name, int arity, int opcode) {
        this.name = name;
        this.arity = arity;
        this.opcode = opcode;
    }

    /** The function called {@code name} (including the alias {@code ln}), or null. */
    static Builtin lookup(String name) {
        return BY_NAME.get(name);
    }

    /** Canonical names in a fixed order, without aliases. */
    static Set<String> canonicalNames() {
        return CANONICAL_NAMES;
    }

    /**
     * A known function a user probably meant by an unknown name: a common other spelling, or a name
     * one edit away. Null when nothing is close.
     */
    static String suggestionFor(String unknown) {
        String spelled = SPELLINGS.get(unknown.toLowerCase(java.util.Locale.ROOT));
        if (spelled != null) {
            return spelled;
        }
        if (BY_NAME.containsKey(unknown.toLowerCase(java.util.Locale.ROOT))) {
            return unknown.toLowerCase(java.util.Locale.ROOT);
        }
        if (unknown.length() < 3) {
            return null;
        }
        for (String candidate : BY_NAME.keySet()) {
            if (candidate.length() >= 3 && withinOneEdit(unknown, candidate)) {
                return candidate;
            }
        }
        return null;
    }

    private static boolean withinOneEdit(String a, String b) {
        if (Math.abs(a.length() - b.length()) > 1 || a.equals(b)) {
            return false;
        }
        int i = 0;
        while (i < a.length() && i < b.length() && a.charAt(i) == b.charAt(i)) {
            i++;
        }
        if (a.length() == b.length()) {
            boolean swap = i + 1 < a.length() && a.charAt(i) == b.charAt(i + 1) && a.charAt(i + 1) == b.charAt(i);
            return a.substring(i + 1).equals(b.substring(i + 1)) || swap && a.substring(i + 2).equals(b.substring(i + 2));
        }
        return a.length() > b.length() ? a.substring(i + 1).equals(b.substring(i)) : a.substring(i).equals(b.substring(i + 1));
    }
}
