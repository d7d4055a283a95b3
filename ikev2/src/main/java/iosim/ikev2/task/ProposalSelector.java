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
import java.util.function.Predicate;

/**
 * Responder-side proposal choice, IOS style: our configured proposals are walked in our
 * order and, inside each, our algorithms in our order; the first combination the peer also
 * offered (in any of its proposals) wins. The answer is a single-transform-per-type
 * proposal carrying the peer's proposal number.
 */
public final class ProposalSelector {
    private ProposalSelector() {}

    /** @return the chosen proposal (with {@code spi}), or null: NO_PROPOSAL_CHOSEN. */
    public static Proposal selectIke(List<IkeProposal> ours, List<Proposal> offered, byte[] spi) {
        for (IkeProposal mine : ours) {
            for (Proposal theirs : offered) {
                if (theirs.protocolId() != ProtocolId.IKE || theirs.hasUnrecognizedTransform()) {
                    continue;
                }
                Transform e = pick(mine.encryption(), ProposalCodec::encr, theirs, TransformType.ENCR);
                Transform p = pick(mine.prf(), f -> Transform.prf(f.ianaId()), theirs, TransformType.PRF);
                Transform g = pick(mine.groups(), x -> Transform.dh(x.ianaId()), theirs, TransformType.DH);
                if (e == null || p == null || g == null) {
                    continue;
                }
                boolean aead = ProposalCodec.encryptionOf(e).aead();
                Transform i = null;
                if (!aead) {
                    i = pick(mine.integrity(), x -> Transform.integ(x.ianaId()), theirs, TransformType.INTEG);
                    if (i == null) {
                        continue;
                    }
                } else if (hasRealIntegrity(theirs)) {
                    continue; // an AEAD proposal must not carry integrity (RFC 5282 8)
                }
                List<Transform> chosen = new ArrayList<>(List.of(e, p));
                if (i != null) {
                    chosen.add(i);
                }
                chosen.add(g);
                return new Proposal(theirs.number(), ProtocolId.IKE, spi, chosen);
            }
        }
        return null;
    }

    /**
     * @param requireKe  true in CREATE_CHILD_SA: the DH transform must match our PFS groups
     *                   (none on both sides, or a common group); false in IKE_AUTH, where DH
     *                   transforms are ignored
     */
    public static Proposal selectChild(List<ChildProposal> ours, List<Proposal> offered, int spi, boolean requireKe) {
        for (ChildProposal mine : ours) {
            ProtocolId proto = mine.protocol() == IpsecProtocol.AH ? ProtocolId.AH : ProtocolId.ESP;
            for (Proposal theirs : offered) {
                if (theirs.protocolId() != proto || theirs.hasUnrecognizedTransform() || theirs.spi().length != 4) {
                    continue;
                }
                List<Transform> chosen = new ArrayList<>();
                boolean aead = false;
                if (proto == ProtocolId.ESP) {
                    Transform e = pick(mine.encryption(), ProposalCodec::encr, theirs, TransformType.ENCR);
                    if (e == null) {
                        continue;
                    }
                    chosen.add(e);
                    aead = ProposalCodec.encryptionOf(e).aead();
                }
                if (!aead) {
                    Transform i = pick(mine.integrity(), x -> Transform.integ(x.ianaId()), theirs, TransformType.INTEG);
                    if (i == null) {
                        continue;
                    }
                    chosen.add(i);
                } else if (hasRealIntegrity(theirs)) {
                    continue;
                }
                if (requireKe) {
                    boolean theyOfferDh = theirs.transforms(TransformType.DH).stream().anyMatch(t -> t.id() != 0);
                    if (mine.pfsGroups().isEmpty()) {
                        if (theyOfferDh && theirs.transforms(TransformType.DH).stream().noneMatch(t -> t.id() == 0)) {
                            continue;
                        }
                    } else {
                        Transform g = pick(mine.pfsGroups(), x -> Transform.dh(x.ianaId()), theirs, TransformType.DH);
                        if (g == null) {
                            continue;
                        }
                        chosen.add(g);
                    }
                }
                List<Transform> esns = theirs.transforms(TransformType.ESN);
                if (esns.isEmpty()) {
                    chosen.add(Transform.esn(false));
                } else {
                    Transform esn = esns.stream().filter(t -> t.id() == (mine.esn() ? 1 : 0)).findFirst().orElse(null);
                    if (esn == null) {
                        continue;
                    }
                    chosen.add(esn);
                }
                return new Proposal(theirs.number(), proto, ProposalCodec.spiBytes(spi), chosen);
            }
        }
        return null;
    }

    /** As initiator: is the responder's single choice one of the things we offered? */
    public static boolean ikeChoiceAcceptable(List<IkeProposal> ours, Proposal chosen) {
        NegotiatedIkeAlgorithms a = ProposalCodec.ikeAlgorithms(chosen);
        if (a == null) {
            return false;
        }
        for (IkeProposal p : ours) {
            if (p.encryption().contains(a.encryption()) && p.prf().contains(a.prf()) && p.groups().contains(a.group())
                    && (a.integrity() == null || p.integrity().contains(a.integrity()))) {
                return true;
            }
        }
        return false;
    }

    public static boolean childChoiceAcceptable(List<ChildProposal> ours, Proposal chosen, KeyExchangeGroup pfs) {
        NegotiatedChildAlgorithms a = ProposalCodec.childAlgorithms(chosen);
        if (a == null) {
            return false;
        }
        for (ChildProposal p : ours) {
            boolean encOk = a.encryption() == null ? p.encryption().isEmpty() : p.encryption().contains(a.encryption());
            boolean intOk = a.integrity() == null || p.integrity().contains(a.integrity());
            boolean dhOk = a.pfsGroup() == null ? pfs == null : a.pfsGroup() == pfs;
            if (encOk && intOk && dhOk) {
                return true;
            }
        }
        return false;
    }

    private static boolean hasRealIntegrity(Proposal p) {
        return p.transforms(TransformType.INTEG).stream().anyMatch(t -> t.id() != 0);
    }

    private static <A> Transform pick(List<A> mine, java.util.function.Function<A, Transform> toTransform,
                                      Proposal theirs, TransformType type) {
        List<Transform> offered = theirs.transforms(type);
        for (A a : mine) {
            Transform want = toTransform.apply(a);
            Predicate<Transform> same = t -> t.id() == want.id()
                    && java.util.Objects.equals(t.keyLengthBits(), want.keyLengthBits());
            if (offered.stream().anyMatch(same)) {
                return want;
            }
        }
        return null;
    }

}
