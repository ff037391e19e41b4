package org.adcheck.verification;

import java.util.ArrayList;
import java.util.List;

/**
 * Every check at one point.
 *
 * @param index the point's position in the batch
 * @param coordinates the point, in the function's variable order
 * @param checks the value check first, then one per partial
 */
public record PointVerdict(int index, double[] coordinates, List<Check> checks) {

    public PointVerdict {
        coordinates = coordinates.clone();
        checks = List.copyOf(checks);
    }

    @Override
    public double[] coordinates() {
        return coordinates.clone();
    }

    /** The worst verdict over the value and every partial. */
    public Verdict worst() {
        Verdict worst = Verdict.AGREE;
        for (Check c : checks) {
            worst = worst.worse(c.verdict());
        }
        return worst;
    }

    /** The checks with the given verdict. */
    public List<Check> with(Verdict verdict) {
        List<Check> out = new ArrayList<>();
        for (Check c : checks) {
            if (c.verdict() == verdict) {
                out.add(c);
            }
        }
        return out;
    }

    /** {@code (x1=2.0, x2=5.0)}. */
    public static String describe(List<String> variables, double[] coordinates) {
        StringBuilder b = new StringBuilder("(");
        for (int j = 0; j < coordinates.length; j++) {
            if (j > 0) {
                b.append(", ");
            }
            b.append(variables.get(j)).append('=').append(coordinates[j]);
        }
        return b.append(')').toString();
    }

    /** {@code x1=2.0,x2=5.0}, the form {@code --at} takes. */
    public static String atArgument(List<String> variables, double[] coordinates) {
        StringBuilder b = new StringBuilder();
        for (int j = 0; j < coordinates.length; j++) {
            if (j > 0) {
                b.append(',');
            }
            b.append(variables.get(j)).append('=').append(coordinates[j]);
        }
        return b.toString();
    }

}
