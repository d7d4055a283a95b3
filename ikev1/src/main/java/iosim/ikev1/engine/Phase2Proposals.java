package iosim.ikev1.engine;

import iosim.ike.crypto.DhGroup;
import iosim.ikev1.api.EspAuth;
import iosim.ikev1.api.EspCipher;
import iosim.ikev1.api.EspProposal;
import iosim.ikev1.api.QuickModeParams;
import iosim.ikev1.message.Attribute;
import iosim.ikev1.message.Payload;
import iosim.ikev1.message.Payload.Proposal;
import iosim.ikev1.message.Payload.Transform;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/** Quick Mode SA payloads with the IPsec DOI attributes (RFC 2407 4.5, RFC 3947 for UDP modes). */
final class Phase2Proposals {
    static final int LIFE_TYPE = 1;
    static final int LIFE_DURATION = 2;
    static final int GROUP = 3;
    static final int ENCAPSULATION = 4;
    static final int AUTH = 5;
    static final int KEY_LENGTH = 6;
    static final int LIFE_SECONDS = 1;
    static final int LIFE_KILOBYTES = 2;
    static final int TUNNEL = 1;
    static final int UDP_TUNNEL = 3;
    /** draft-ietf-ipsec-nat-t-ike-00/01 UDP-Encapsulated-Tunnel, still sent by some peers. */
    static final int UDP_TUNNEL_DRAFT = 61443;

    private Phase2Proposals() {}

    /** A parsed ESP transform with its lifetimes, encapsulation and PFS group. */
    record Offer(EspProposal esp, long seconds, long kilobytes, int encapsulation, DhGroup group, Transform wire) {
    }

    static Payload.Sa offer(QuickModeParams qm, int spi, boolean udp, long seconds, long kilobytes) {
        List<Transform> ts = new ArrayList<>();
        int n = 1;
        for (EspProposal p : qm.proposals()) {
            ts.add(new Transform(n++, p.cipher().id(), attributes(p, udp, seconds, kilobytes, qm.pfs())));
        }
        return Payload.Sa.of(List.of(new Proposal(1, Proposal.PROTO_ESP, iosim.ikev1.crypto.Bytes.u32(spi), ts)));
    }

    static List<Attribute> attributes(EspProposal p, boolean udp, long seconds, long kilobytes, DhGroup pfs) {
        List<Attribute> a = new ArrayList<>();
        a.add(Attribute.basic(ENCAPSULATION, udp ? UDP_TUNNEL : TUNNEL));
        a.add(Attribute.basic(LIFE_TYPE, LIFE_SECONDS));
        a.add(Attribute.number(LIFE_DURATION, seconds));
        a.add(Attribute.basic(LIFE_TYPE, LIFE_KILOBYTES));
        a.add(Attribute.number(LIFE_DURATION, kilobytes));
        if (p.auth() != EspAuth.NONE) {
            a.add(Attribute.basic(AUTH, p.auth().id()));
        }
        if (p.keyBits() != 0) {
            a.add(Attribute.basic(KEY_LENGTH, p.keyBits()));
        }
        if (pfs != null) {
            a.add(Attribute.basic(GROUP, pfs.id()));
        }
        return a;
    }

    static Offer parse(Transform t, StringBuilder why) {
        EspCipher cipher = EspCipher.ofId(t.transformId());
        if (cipher == null) {
            why.append("transform ").append(t.transformId()).append(" not supported");
            return null;
        }
        EspAuth auth = EspAuth.NONE;
        int keyBits = 0;
        long seconds = QuickModeParams.DEFAULT_SECONDS;
        long kb = QuickModeParams.DEFAULT_KILOBYTES;
        int lifeType = LIFE_SECONDS;
        int encap = TUNNEL;
        DhGroup group = null;
        for (Attribute a : t.attributes()) {
            switch (a.type()) {
                case LIFE_TYPE -> lifeType = (int) a.value();
                case LIFE_DURATION -> {
                    if (lifeType == LIFE_SECONDS) {
                        seconds = a.value();
                    } else if (lifeType == LIFE_KILOBYTES) {
                        kb = a.value();
                    }
                }
                case GROUP -> group = DhGroup.ofId((int) Math.min(a.value(), 255)).orElse(null);
                case ENCAPSULATION -> encap = (int) a.value();
                case AUTH -> auth = EspAuth.ofId(a.value());
                case KEY_LENGTH -> keyBits = (int) a.value();
                default -> {
                    why.append("attribute ").append(a.type()).append(" not supported");
                    return null;
                }
            }
        }
        if (auth == null) {
            why.append("authentication algorithm not supported");
            return null;
        }
        if (t.attribute(GROUP).isPresent() && group == null) {
            why.append("PFS group not supported");
            return null;
        }
        if (encap != TUNNEL && encap != UDP_TUNNEL && encap != UDP_TUNNEL_DRAFT) {
            why.append("encapsulation mode ").append(encap).append(" (transport) not supported");
            return null;
        }
        try {
            return new Offer(new EspProposal(cipher, keyBits, auth), seconds, kb, encap, group, t);
        } catch (IllegalArgumentException e) {
            why.append(e.getMessage());
            return null;
        }
    }

    /** The responder's pick among the initiator's ESP proposals, or null. */
    static Offer select(Payload.Sa sa, QuickModeParams ours, Consumer<String> trace) {
        for (Proposal prop : sa.proposals()) {
            if (prop.protocolId() != Proposal.PROTO_ESP || prop.spi().length != 4) {
                trace.accept("proposal " + prop.number() + ": protocol " + prop.protocolId() + " not supported");
                continue;
            }
            for (Transform t : prop.transforms()) {
                StringBuilder why = new StringBuilder();
                Offer o = parse(t, why);
                if (o == null) {
                    trace.accept("transform " + t.number() + " not acceptable: " + why);
                    continue;
                }
                if (!ours.proposals().contains(o.esp())) {
                    trace.accept("transform proposal (prot 3, trans " + t.transformId() + ", hmac_alg "
                            + o.esp().auth().id() + ") not supported for identity");
                    continue;
                }
                if (ours.pfs() != null && o.group() != ours.pfs()) {
                    trace.accept("PFS group " + (o.group() == null ? "none" : o.group().id()) + " offered, "
                            + ours.pfs().id() + " required");
                    continue;
                }
                trace.accept("atts are acceptable.");
                return o;
            }
        }
        return null;
    }
}
