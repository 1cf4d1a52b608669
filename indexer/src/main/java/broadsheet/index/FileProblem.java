package broadsheet.index;

/** A file with something to say about it: why it was skipped, or what was doubtful in it. */
public record FileProblem(String path, String message) {
    @Override
    public String toString() {
        return path + ": " + message;
    }
}
