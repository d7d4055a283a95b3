package iosim.ikev2.sa;

/** Child SA state. */
public enum ChildSaState {
    INSTALLED,
    /** A rekey of this Child SA is in progress. */
    REKEYING,
    /** Replaced by a new Child SA; waiting to be deleted. */
    REKEYED,
    DELETING,
    DELETED
}
