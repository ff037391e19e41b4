package org.adcheck.ad;

/**
 * Every one-argument operation of {@link Num}, including the constant-operand forms, written once
 * generically so a test can run the same operation on {@link Real}, {@link Dual} and
 * {@link VectorDual}.
 */
enum UnaryFunction {
    NEG { <T extends Num<T>> T apply(T x) { return x.neg(); } },
    ADD_CONSTANT { <T extends Num<T>> T apply(T x) { return x.add(2.5); } },
    SUB_CONSTANT { <T extends Num<T>> T apply(T x) { return x.sub(2.5); } },
    RSUB_CONSTANT { <T extends Num<T>> T apply(T x) { return x.rsub(2.5); } },
    MUL_CONSTANT { <T extends Num<T>> T apply(T x) { return x.mul(-3); } },
    DIV_CONSTANT { <T extends Num<T>> T apply(T x) { return x.div(7); } },
    RDIV_CONSTANT { <T extends Num<T>> T apply(T x) { return x.rdiv(3); } },
    POW_INTEGER { <T extends Num<T>> T apply(T x) { return x.pow(3); } },
    POW_NEGATIVE_INTEGER { <T extends Num<T>> T apply(T x) { return x.pow(-2); } },
    POW_FRACTION { <T extends Num<T>> T apply(T x) { return x.pow(2.5); } },
    POW_ZERO { <T extends Num<T>> T apply(T x) { return x.pow(0); } },
    RPOW { <T extends Num<T>> T apply(T x) { return x.rpow(2); } },
    EXP { <T extends Num<T>> T apply(T x) { return x.exp(); } },
    EXPM1 { <T extends Num<T>> T apply(T x) { return x.expm1(); } },
    LOG { <T extends Num<T>> T apply(T x) { return x.log(); } },
    LOG1P { <T extends Num<T>> T apply(T x) { return x.log1p(); } },
    LOG2 { <T extends Num<T>> T apply(T x) { return x.log2(); } },
    LOG10 { <T extends Num<T>> T apply(T x) { return x.log10(); } },
    SQRT { <T extends Num<T>> T apply(T x) { return x.sqrt(); } },
    CBRT { <T extends Num<T>> T apply(T x) { return x.cbrt(); } },
    SIN { <T extends Num<T>> T apply(T x) { return x.sin(); } },
    COS { <T extends Num<T>> T apply(T x) { return x.cos(); } },
    TAN { <T extends Num<T>> T apply(T x) { return x.tan(); } },
    ASIN { <T extends Num<T>> T apply(T x) { return x.asin(); } },
    ACOS { <T extends Num<T>> T apply(T x) { return x.acos(); } },
    ATAN { <T extends Num<T>> T apply(T x) { return x.atan(); } },
    SINH { <T extends Num<T>> T apply(T x) { return x.sinh(); } },
    COSH { <T extends Num<T>> T apply(T x) { return x.cosh(); } },
    TANH { <T extends Num<T>> T apply(T x) { return x.tanh(); } },
    ASINH { <T extends Num<T>> T apply(T x) { return x.asinh(); } },
    ACOSH { <T extends Num<T>> T apply(T x) { return x.acosh(); } },
    ATANH { <T extends Num<T>> T apply(T x) { return x.atanh(); } },
    ABS { <T extends Num<T>> T apply(T x) { return x.abs(); } },
    SIGMOID { <T extends Num<T>> T apply(T x) { return x.sigmoid(); } },
    SOFTPLUS { <T extends Num<T>> T apply(T x) { return x.softplus(); } },
    RELU { <T extends Num<T>> T apply(T x) { return x.relu(); } },
    ERF { <T extends Num<T>> T apply(T x) { return x.erf(); } };

    abstract <T extends Num<T>> T apply(T x);
}
