/**
 * The {@code adcheck} command line (picocli): {@code check}, {@code run}, {@code list}, {@code diff},
 * {@code fuzz} and {@code soak}. The entry point is
 * {@link org.adcheck.verification.cli.AdcheckCommand}; its javadoc lists the exit codes. Bad input
 * is one line on stderr naming the place, never a stack trace unless {@code --debug}.
 */
package org.adcheck.verification.cli;
