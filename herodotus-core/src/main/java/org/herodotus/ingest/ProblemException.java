package org.herodotus.ingest;

/**
 * Carries an {@link InputProblem} out of the decoding and parsing helpers to the point where it becomes a
 * {@link ReadResult.Failed}. Never escapes this package.
 */
final class ProblemException extends Exception {

    private static final long serialVersionUID = 1L;

    private final transient InputProblem problem;

    ProblemException(InputProblem problem) {
        super(problem.message(), null, false, false);
        this.problem = problem;
    }

    ProblemException(String input, InputProblem.Reason reason, String detail) {
        this(InputProblem.of(input, reason, detail));
    }

    InputProblem problem() {
        return problem;
    }
}
