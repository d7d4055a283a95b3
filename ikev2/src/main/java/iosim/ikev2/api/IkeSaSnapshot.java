package iosim.ikev2.api;

import java.net.InetSocketAddress;
import java.util.List;

/**
 * Read-only view of one IKE SA for {@code show crypto ikev2 sa [detailed]}.
 *
 * @param state             CONNECTING, ESTABLISHED, REKEYING, DELETING ... (IOS prints READY for ESTABLISHED)
 * @param natLocal          we are behind a NAT (our NAT-D hash did not match)
 * @param natRemote         the peer is behind a NAT
 * @param lifetimeMillis    configured hard lifetime
 * @param remainingMillis   time left until the hard lifetime (or -1 when none)
 * @param nextRequestId     message ID of our next request
 * @param expectedRequestId message ID we expect on the peer's next request
 * @param fragmentation     both sides announced RFC 7383 fragmentation in IKE_SA_INIT
 * @param peerVendorIds     the data of the Vendor ID payloads the peer sent in IKE_SA_INIT, in order
 * @param remoteAccess      EAP identity and configuration attributes of a remote-access SA, else null
 * @param authMethod        how we authenticated: PSK, RSA or ECDSA (IOS's "Auth sign")
 * @param peerAuthMethod    how the peer authenticated: PSK, RSA or ECDSA (IOS's "Auth verify")
 */
public record IkeSaSnapshot(String sessionName, long localSpi, long remoteSpi, boolean initiator, String state,
                            InetSocketAddress localAddress, InetSocketAddress remoteAddress,
                            Identity localId, Identity remoteId, EncryptionAlgorithm encryption,
                            PrfAlgorithm prf, IntegrityAlgorithm integrity, KeyExchangeGroup group,
                            String authMethod, long lifetimeMillis, long remainingMillis, long ageMillis,
                            boolean natLocal, boolean natRemote, boolean natTraversal,
                            long nextRequestId, long expectedRequestId, List<ChildSaSnapshot> children,
                            boolean fragmentation, List<byte[]> peerVendorIds,
                            RemoteAccessInfo remoteAccess, String peerAuthMethod) {

    public IkeSaSnapshot {
        peerVendorIds = peerVendorIds == null ? List.of() : List.copyOf(peerVendorIds);
    }

    /** True if the peer sent a Vendor ID with exactly this data. */
    public boolean peerSentVendorId(byte[] data) {
        return peerVendorIds.stream().anyMatch(v -> java.util.Arrays.equals(v, data));
    }

    public String localSpiHex() {
        return String.format("%016X", localSpi);
    }

    public String remoteSpiHex() {
        return String.format("%016X", remoteSpi);
    }
}
