package iosim.ikev2.task;

import iosim.ikev2.sa.NegotiatedChildAlgorithms;
import iosim.ikev2.api.ChildSaKeys;
import iosim.ikev2.api.ChildSessionParams;
import iosim.ikev2.api.IntegrityAlgorithm;
import iosim.ikev2.api.IpsecMode;
import iosim.ikev2.api.TrafficSelectorSpec;
import iosim.ikev2.crypto.ChildSaKeymat;
import iosim.ikev2.sa.IkeCrypto;
import iosim.ikev2.sa.ChildSa;
import iosim.ikev2.sa.IkeSa;
import java.util.List;

/** Builds a Child SA from a negotiated proposal: KEYMAT split per direction (RFC 7296 2.17). */
public final class ChildSaFactory {
    private ChildSaFactory() {}

    /**
     * @param weInitiated   whether we sent the request of the exchange that created it (our
     *                      inbound keys are then the responder-to-initiator ones)
     * @param sharedSecret  PFS g^ir, or null
     * @param ni            the exchange's initiator nonce
     * @param nr            the exchange's responder nonce
     */
    public static ChildSa create(IkeSa sa, ChildSessionParams params, NegotiatedChildAlgorithms alg, int inboundSpi,
                                 int outboundSpi, boolean weInitiated, byte[] sharedSecret, byte[] ni, byte[] nr,
                                 List<TrafficSelectorSpec> localTs, List<TrafficSelectorSpec> remoteTs, IpsecMode mode,
                                 long now) {
        int eLen = alg.encryption() == null ? 0 : IkeCrypto.encrKeyLength(alg.encryption());
        IntegrityAlgorithm ia = alg.integrity();
        int aLen = ia == null ? 0 : ia.keyLength();
        ChildSaKeymat km = IkeCrypto.childKeymat(sa.algorithms().prf(), sa.keys().skD(), sharedSecret, ni, nr, eLen, aLen);
        byte[] eIr = km.encrInitiatorToResponder();
        byte[] aIr = km.integInitiatorToResponder();
        byte[] eRi = km.encrResponderToInitiator();
        byte[] aRi = km.integResponderToInitiator();
        byte[] inE = weInitiated ? eRi : eIr;
        byte[] inA = weInitiated ? aRi : aIr;
        byte[] outE = weInitiated ? eIr : eRi;
        byte[] outA = weInitiated ? aIr : aRi;
        ChildSaKeys keys = new ChildSaKeys(alg.protocol(), mode, inboundSpi, outboundSpi, alg.encryption(), ia,
                alg.pfsGroup(), alg.esn(), inE, inA, outE, outA, List.copyOf(localTs), List.copyOf(remoteTs), sa.local(),
                sa.remote(), sa.natDetected(), params.lifetime());
        return new ChildSa(params, keys, now);
    }
}
