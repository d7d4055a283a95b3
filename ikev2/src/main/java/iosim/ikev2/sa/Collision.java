package iosim.ikev2.sa;

/**
 * What the peer does to this IKE SA while one of our requests is in flight (RFC 7296 2.8.1,
 * 2.25): offered to the active task through {@link Task#collide}, the one collision hook
 * (charon's {@code collide()}), instead of the responder asking which task is active.
 */
public sealed interface Collision {

    /** The peer asks to rekey this IKE SA; we are about to answer. */
    record IkeRekeyRequested() implements Collision {}

    /** The peer's rekey of this IKE SA, now answered, created {@code created} with nonces {@code ni}, {@code nr}. */
    record IkeRekeyed(TaskManager created, byte[] ni, byte[] nr) implements Collision {}

    /** The peer's rekey of Child SA {@code replaced}, now answered, created {@code created}. */
    record ChildRekeyed(ChildSa replaced, ChildSa created, byte[] ni, byte[] nr) implements Collision {}
}
