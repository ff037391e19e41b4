/**
 * The expression language of adcheck: text such as {@code log(x1) + x1*x2 - sin(x2)} parsed into a
 * tree, printed back, and evaluated over any {@link org.adcheck.ad.Num} algebra.
 *
 * <p>Start with {@link org.adcheck.expr.Expressions}: {@code parse}, {@code print},
 * {@code variables}, {@code compile} and {@code evaluate}. The tree is the sealed interface
 * {@link org.adcheck.expr.Expr} with record cases; a syntax error is an
 * {@link org.adcheck.expr.ExpressionSyntaxException} reading {@code line:column: detail}.
 *
 * <p>Inside, one class per phase: {@code Lexer} → {@code Parser} → {@code Expr} →
 * {@code Printer} / {@code Compiler} → {@link org.adcheck.expr.CompiledExpression}.
 */
package org.adcheck.expr;
