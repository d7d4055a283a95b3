package iosim.ikev2.api;

import java.util.Optional;

/**
 * The gateway's user database for EAP (IOS: local usernames): the clear-text password of a
 * user, or empty when the user is unknown or has no usable password (a hashed secret cannot
 * answer a challenge). Called on the engine's thread; must not block.
 */
@FunctionalInterface
public interface EapCredentials {
    Optional<String> password(String username);
}
