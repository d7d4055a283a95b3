package iosim.ikev2.sa;

/** Coarse IKE SA state (charon's enum); procedure detail lives in the tasks. */
public enum IkeSaState {
    /** IKE_SA_INIT sent or answered, IKE_AUTH not done yet. */
    CONNECTING,
    ESTABLISHED,
    /** A rekey of this IKE SA is in progress. */
    REKEYING,
    /** Replaced by a new IKE SA; waiting for the Delete exchange. */
    REKEYED,
    DELETING,
    DESTROYED;

    /** How IOS {@code show crypto ikev2 sa} prints it. */
    public String iosStatus() {
        return switch (this) {
            case CONNECTING -> "IN-NEG";
            case ESTABLISHED, REKEYING -> "READY";
            case REKEYED, DELETING -> "DELETE";
            case DESTROYED -> "DELETED";
        };
    }
}
