package org.adcheck.verification.junit;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.params.provider.ArgumentsSource;

/**
 * Feeds catalog fixtures into a {@code @ParameterizedTest}, one {@code Fixture} argument each:
 *
 * <pre>{@code
 * @ParameterizedTest
 * @FixtureSource(tags = "optimisation")
 * void optimisationFixturesAgree(Fixture fixture) { ... }
 * }</pre>
 *
 * <p>With no attributes it supplies every fixture of the bundled catalog. Asking for tags or names
 * that match nothing is an error, never an empty test.
 */
@Target({ElementType.METHOD, ElementType.ANNOTATION_TYPE})
@Retention(RetentionPolicy.RUNTIME)
@Documented
@ArgumentsSource(FixtureArgumentsProvider.class)
public @interface FixtureSource {

    /** Only fixtures with at least one of these tags. */
    String[] tags() default {};

    /** Only fixtures with these names. */
    String[] names() default {};

    /** A directory of the user's own fixture files to use instead of the bundled catalog. */
    String directory() default "";
}
