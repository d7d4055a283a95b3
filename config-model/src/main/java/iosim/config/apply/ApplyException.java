package iosim.config.apply;

/** Thrown inside an applier (before any change) to reject a line with a given result. */
final class ApplyException extends RuntimeException {
    private final transient ApplyResult result;

    ApplyException(ApplyResult result) {
        super(null, null, false, false);
        this.result = result;
    }

    ApplyResult result() {
        return result;
    }
}
