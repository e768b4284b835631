package org.homeward.exchange;

/** Thrown by every reader when a file cannot be read; the message is the problem's message. */
public class FileProblemException extends RuntimeException {

    private final transient FileProblem problem;

    public FileProblemException(FileProblem problem) {
        this(problem, null);
    }

    public FileProblemException(FileProblem problem, Throwable cause) {
        super(problem.message(), cause);
        this.problem = problem;
    }

    public FileProblem problem() {
        return problem;
    }

    public ProblemCode code() {
        return problem.code();
    }
}
