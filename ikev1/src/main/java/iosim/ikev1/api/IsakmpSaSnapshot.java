package iosim.ikev1.api;

import java.net.InetSocketAddress;
import java.util.List;

/**
 * A read-only view of one ISAKMP SA for show commands: {@code state} is the name IOS prints
 * in {@code show crypto isakmp sa} (MM_NO_STATE, MM_SA_SETUP, MM_KEY_EXCH, AG_INIT_EXCH,
 * QM_IDLE, ...), {@code fsmState} the one debug prints (IKE_I_MM1 ... IKE_P1_COMPLETE).
 * {@code policy} is null until phase 1 agreed on one.
 */
public record IsakmpSaSnapshot(long connectionId, String peerName, InetSocketAddress local, InetSocketAddress remote,
                               long initiatorCookie, long responderCookie, boolean initiator, String state,
                               String fsmState, boolean established, boolean deleted, IsakmpPolicy policy,
                               boolean aggressive, boolean natDetected, boolean dpd, long createdMillis,
                               long expiresMillis, List<ChildKeys> children) {
}
