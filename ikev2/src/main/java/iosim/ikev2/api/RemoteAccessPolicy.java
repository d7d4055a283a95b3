package iosim.ikev2.api;

import java.util.List;

/**
 * A session that accepts remote-access clients authenticating with EAP (RFC 7296 2.16): the
 * gateway authenticates itself as usual (the session's PSK), the client with EAP inside
 * IKE_AUTH. Set with {@code IkeEngine#setRemoteAccess}.
 *
 * @param methods       the EAP methods offered, in preference order (a client's Nak may pick another of them)
 * @param queryIdentity start with EAP-Request/Identity (IOS {@code authentication remote eap query-identity});
 *                      otherwise the client's IDi is its EAP identity
 * @param timeoutMillis how long the gateway waits for the client's next EAP message before dropping the SA
 * @param credentials   the user database
 * @param authorizer    address assignment and other attributes
 */
public record RemoteAccessPolicy(List<EapMethod> methods, boolean queryIdentity, long timeoutMillis,
                                 EapCredentials credentials, RemoteAccessAuthorizer authorizer) {
    public RemoteAccessPolicy {
        methods = List.copyOf(methods);
        if (methods.isEmpty()) {
            throw new IllegalArgumentException("no EAP method");
        }
    }
}
