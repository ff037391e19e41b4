package org.adcheck.verification.cli;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Parses {@code --at x1=2,x2=5} into a point, in the function's variable order, and names the
 * offending part of the text when it is wrong.
 */
final class PointArgument {

    private static final Pattern NUMBER =
            Pattern.compile("[+-]?(\\d+\\.?\\d*([eE][+-]?\\d+)?|\\.\\d+([eE][+-]?\\d+)?|inf|infinity|nan)",
                    Pattern.CASE_INSENSITIVE);

    private PointArgument() {}

    /** Name → value, in the order given. */
    static Map<String, Double> parse(String text) {
        Map<String, Double> values = new LinkedHashMap<>();
        if (text == null || text.isBlank()) {
            return values;
        }
        for (String part : text.split(",", -1)) {
            String item = part.trim();
            int eq = item.indexOf('=');
            if (item.isEmpty()) {
                throw new UserInputException("--at: empty entry in '" + text + "' (expected name=value,...)");
            }
            if (eq < 0) {
                throw new UserInputException("--at: expected name=value, found '" + item + "'");
            }
            String name = item.substring(0, eq).trim();
            String number = item.substring(eq + 1).trim();
            if (name.isEmpty()) {
                throw new UserInputException("--at: missing variable name before '=' in '" + item + "'");
            }
            if (!NUMBER.matcher(number).matches()) {
                throw new UserInputException("--at: '" + number + "' is not a number (variable '" + name + "')");
            }
            if (values.put(name, toDouble(number)) != null) {
                throw new UserInputException("--at: variable '" + name + "' is given twice");
            }
        }
        return values;
    }

    /** The point in the order of {@code variables}; every variable must have exactly one value. */
    static double[] inOrder(Map<String, Double> given, List<String> variables) {
        for (String name : given.keySet()) {
            if (!variables.contains(name)) {
                throw new UserInputException("--at: unknown variable '" + name + "' (the expression has "
                        + (variables.isEmpty() ? "no variables" : String.join(", ", variables)) + ")");
            }
        }
        double[] point = new double[variables.size()];
        for (int j = 0; j < point.length; j++) {
            Double v = given.get(variables.get(j));
            if (v == null) {
                throw new UserInputException("--at: missing value for variable '" + variables.get(j) + "'");
            }
            point[j] = v;
        }
        return point;
    }

    private static double toDouble(String number) {
        String n = number.toLowerCase(java.util.Locale.ROOT);
        String sign = n.startsWith("-") ? "-" : "";
        String body = n.startsWith("-") || n.startsWith("+") ? n.substring(1) : n;
        if (body.equals("inf") || body.equals("infinity")) {
            return sign.isEmpty() ? Double.POSITIVE_INFINITY : Double.NEGATIVE_INFINITY;
        }
        if (body.equals("nan")) {
            return Double.NaN;
        }
        return Double.parseDouble(number);
    }
}
