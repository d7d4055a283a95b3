package iosim.ikev2.task;

import iosim.ikev2.sa.NegotiatedChildAlgorithms;
import iosim.ikev2.sa.NegotiatedIkeAlgorithms;
import iosim.ikev2.api.ChildProposal;
import iosim.ikev2.api.EncryptionAlgorithm;
import iosim.ikev2.api.IkeProposal;
import iosim.ikev2.api.IntegrityAlgorithm;
import iosim.ikev2.api.IpsecProtocol;
import iosim.ikev2.api.KeyExchangeGroup;
import iosim.ikev2.api.PrfAlgorithm;
import iosim.ikev2.message.Proposal;
import iosim.ikev2.message.ProtocolId;
import iosim.ikev2.message.Transform;
import iosim.ikev2.message.TransformType;
import java.util.ArrayList;
import java.util.List;

/** Turns configured proposals into SA payload proposals and chosen proposals back into algorithms. */
public final class ProposalCodec {
    private ProposalCodec() {}

    public static Transform encr(EncryptionAlgorithm e) {
        return Transform.encr(e.ianaId(), e.hasKeyLengthAttribute() ? e.keyBits() : null);
    }

    /** The SA payload proposals for our IKE proposals, numbered from 1, with {@code spi} (empty for IKE_SA_INIT). */
    public static List<Proposal> ikeProposals(List<IkeProposal> configured, byte[] spi) {
        List<Proposal> out = new ArrayList<>();
        int n = 1;
        for (IkeProposal p : configured) {
            out.add(ikeProposal(n++, p, spi));
        }
        return out;
    }

    public static Proposal ikeProposal(int number, IkeProposal p, byte[] spi) {
        List<Transform> t = new ArrayList<>();
        p.encryption().forEach(e -> t.add(encr(e)));
        p.prf().forEach(f -> t.add(Transform.prf(f.ianaId())));
        if (!p.encryption().stream().allMatch(EncryptionAlgorithm::aead)) {
            p.integrity().forEach(i -> t.add(Transform.integ(i.ianaId())));
        }
        p.groups().forEach(g -> t.add(Transform.dh(g.ianaId())));
        return new Proposal(number, ProtocolId.IKE, spi, t);
    }

    /** Child proposals with our inbound SPI; {@code withPfs} adds the PFS groups as DH transforms. */
    public static List<Proposal> childProposals(List<ChildProposal> configured, int spi, boolean withPfs) {
        List<Proposal> out = new ArrayList<>();
        int n = 1;
        for (ChildProposal p : configured) {
            out.add(childProposal(n++, p, spi, withPfs));
        }
        return out;
    }

    public static Proposal childProposal(int number, ChildProposal p, int spi, boolean withPfs) {
        List<Transform> t = new ArrayList<>();
        p.encryption().forEach(e -> t.add(encr(e)));
        if (!p.encryption().stream().allMatch(EncryptionAlgorithm::aead)) {
            p.integrity().forEach(i -> t.add(Transform.integ(i.ianaId())));
        }
        if (withPfs) {
            p.pfsGroups().forEach(g -> t.add(Transform.dh(g.ianaId())));
        }
        t.add(Transform.esn(p.esn()));
        ProtocolId proto = p.protocol() == IpsecProtocol.AH ? ProtocolId.AH : ProtocolId.ESP;
        return new Proposal(number, proto, spiBytes(spi), t);
    }

    /** Reads the single-transform-per-type proposal a responder chose. Null if it is not one we can run. */
    public static NegotiatedIkeAlgorithms ikeAlgorithms(Proposal chosen) {
        EncryptionAlgorithm e = single(chosen, TransformType.ENCR) == null ? null
                : encryptionOf(single(chosen, TransformType.ENCR));
        Transform prf = single(chosen, TransformType.PRF);
        Transform dh = single(chosen, TransformType.DH);
        Transform integ = single(chosen, TransformType.INTEG);
        if (e == null || prf == null || dh == null || PrfAlgorithm.of(prf.id()) == null
                || KeyExchangeGroup.of(dh.id()) == null) {
            return null;
        }
        IntegrityAlgorithm i = integ == null ? null : IntegrityAlgorithm.of(integ.id());
        if (!e.aead() && i == null) {
            return null;
        }
        return new NegotiatedIkeAlgorithms(e, PrfAlgorithm.of(prf.id()), e.aead() ? null : i, KeyExchangeGroup.of(dh.id()));
    }

    public static NegotiatedChildAlgorithms childAlgorithms(Proposal chosen) {
        Transform et = single(chosen, TransformType.ENCR);
        EncryptionAlgorithm e = et == null ? null : encryptionOf(et);
        Transform integ = single(chosen, TransformType.INTEG);
        Transform dh = single(chosen, TransformType.DH);
        Transform esn = single(chosen, TransformType.ESN);
        IntegrityAlgorithm i = integ == null ? null : IntegrityAlgorithm.of(integ.id());
        IpsecProtocol proto = chosen.protocolId() == ProtocolId.AH ? IpsecProtocol.AH : IpsecProtocol.ESP;
        if (proto == IpsecProtocol.ESP && (e == null || (!e.aead() && i == null))) {
            return null;
        }
        KeyExchangeGroup g = dh == null || dh.id() == 0 ? null : KeyExchangeGroup.of(dh.id());
        return new NegotiatedChildAlgorithms(proto, e, e != null && e.aead() ? null : i, g, esn != null && esn.id() == 1);
    }

    public static EncryptionAlgorithm encryptionOf(Transform t) {
        return EncryptionAlgorithm.of(t.id(), t.keyLengthBits() == null ? 0 : t.keyLengthBits());
    }

    private static Transform single(Proposal p, TransformType type) {
        List<Transform> l = p.transforms(type);
        return l.isEmpty() ? null : l.get(0);
    }

    public static byte[] spiBytes(int spi) {
        return new byte[] {(byte) (spi >>> 24), (byte) (spi >>> 16), (byte) (spi >>> 8), (byte) spi};
    }

    public static int spiValue(byte[] b) {
        if (b.length != 4) {
            return 0;
        }
        return ((b[0] & 0xff) << 24) | ((b[1] & 0xff) << 16) | ((b[2] & 0xff) << 8) | (b[3] & 0xff);
    }

    public static byte[] ikeSpiBytes(long spi) {
        byte[] b = new byte[8];
        for (int i = 0; i < 8; i++) {
            b[i] = (byte) (spi >>> (56 - 8 * i));
        }
        return b;
    }

    public static long ikeSpiValue(byte[] b) {
        long v = 0;
        for (byte x : b) {
            v = (v << 8) | (x & 0xff);
        }
        return v;
    }
}
