package iosim.ikev2.api;

import java.net.InetSocketAddress;

/**
 * Authorization of a remote-access client once EAP succeeded (IOS: {@code aaa authorization
 * group eap list ... POLICY}): the attributes to give it (an address from a pool ...), or a
 * refusal. The engine calls {@link #release} when the IKE SA that holds the attributes is gone
 * (not when it is rekeyed: the successor keeps them). Called on the engine's thread; must not block.
 */
public interface RemoteAccessAuthorizer {

    /** The decision: attributes, or a refusal with its reason (e.g. "pool VPN-POOL exhausted"). */
    record Decision(ConfigAttributes attributes, String refusal) {
        public static Decision grant(ConfigAttributes a) {
            return new Decision(a, null);
        }

        public static Decision refuse(String reason) {
            return new Decision(null, reason);
        }

        public boolean granted() {
            return refusal == null;
        }
    }

    /**
     * @param user             the EAP identity that authenticated
     * @param ikeIdentity      the client's IDi
     * @param peer             the client's outer address and port
     * @param addressRequested the client asked for an internal address (CFG_REQUEST with INTERNAL_IP4_ADDRESS)
     */
    Decision authorize(String user, Identity ikeIdentity, InetSocketAddress peer, boolean addressRequested);

    /** The SA that held {@code attributes} for {@code user} is gone. */
    void release(String user, ConfigAttributes attributes);

    /** Gives no attributes and keeps nothing. */
    RemoteAccessAuthorizer NONE = new RemoteAccessAuthorizer() {
        @Override
        public Decision authorize(String user, Identity id, InetSocketAddress peer, boolean addressRequested) {
            return Decision.grant(ConfigAttributes.NONE);
        }

        @Override
        public void release(String user, ConfigAttributes attributes) {
        }
    };
}
