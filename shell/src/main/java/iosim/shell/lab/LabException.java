package iosim.shell.lab;

import java.util.List;

/** A lab that cannot start, with every problem found; nothing was started. */
public final class LabException extends Exception {
    private static final long serialVersionUID = 1L;

    private final transient List<LabError> errors;

    public LabException(List<LabError> errors) {
        super(render(errors));
        this.errors = List.copyOf(errors);
    }

    public List<LabError> errors() {
        return errors;
    }

    private static String render(List<LabError> errors) {
        StringBuilder b = new StringBuilder();
        for (LabError e : errors) {
            b.append(e).append('\n');
        }
        return b.toString().stripTrailing();
    }
}
