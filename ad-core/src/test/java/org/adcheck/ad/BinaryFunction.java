package org.adcheck.ad;

/** Every two-argument operation of {@link Num}, written once generically (see {@link UnaryFunction}). */
enum BinaryFunction {
    ADD { <T extends Num<T>> T apply(T a, T b) { return a.add(b); } },
    SUB { <T extends Num<T>> T apply(T a, T b) { return a.sub(b); } },
    MUL { <T extends Num<T>> T apply(T a, T b) { return a.mul(b); } },
    DIV { <T extends Num<T>> T apply(T a, T b) { return a.div(b); } },
    POW { <T extends Num<T>> T apply(T a, T b) { return a.pow(b); } },
    ATAN2 { <T extends Num<T>> T apply(T a, T b) { return a.atan2(b); } },
    HYPOT { <T extends Num<T>> T apply(T a, T b) { return a.hypot(b); } },
    MIN { <T extends Num<T>> T apply(T a, T b) { return a.min(b); } },
    MAX { <T extends Num<T>> T apply(T a, T b) { return a.max(b); } },
    SELECT_ON_A { <T extends Num<T>> T apply(T a, T b) { return a.select(a.mul(b), b.sin()); } };

    abstract <T extends Num<T>> T apply(T a, T b);
}
