/**
 * The {@code herodotus} command line: one picocli class per command, each parsing and validating its
 * options, calling the core or the store, and writing data to standard output (or {@code --out}) and
 * progress and errors to standard error. Exit codes: 0 done, 2 bad input or usage (the rest of a batch is
 * still processed), 1 an internal error.
 */
package org.herodotus.cli;
