package iosim.config.model;

import java.util.List;
import java.util.Objects;

/**
 * Base of the mutable configuration objects: equality, hash and text come from one list of
 * the object's state, so two models built from the same configuration compare equal.
 */
public abstract class ModelObject {

    /** Every field that is part of the configuration, in a fixed order. */
    protected abstract List<Object> state();

    @Override
    public final boolean equals(Object o) {
        return o != null && o.getClass() == getClass() && state().equals(((ModelObject) o).state());
    }

    @Override
    public final int hashCode() {
        return Objects.hash(getClass(), state());
    }

    @Override
    public String toString() {
        return getClass().getSimpleName() + state();
    }
}
