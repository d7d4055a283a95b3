package iosim.ikev1.engine;

import iosim.ike.crypto.DhGroup;
import iosim.ikev1.api.AuthMethod;
import iosim.ikev1.api.IsakmpPolicy;
import iosim.ikev1.crypto.CipherAlgorithm;
import iosim.ikev1.crypto.HashAlgorithm;
import iosim.ikev1.message.Attribute;
import iosim.ikev1.message.Payload;
import iosim.ikev1.message.Payload.Proposal;
import iosim.ikev1.message.Payload.Transform;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * Phase 1 SA payloads (RFC 2409 appendix A): our policies as the transforms of one ISAKMP
 * proposal, and the responder's choice, which walks its own policies by priority and, for
 * each, the peer's transforms in order (as IOS: "Checking ISAKMP transform 1 against priority
 * 10 policy"). A peer lifetime longer than ours does not match; a shorter one is taken.
 */
final class Phase1Proposals {
    static final int ENCRYPTION = 1;
    static final int HASH = 2;
    static final int AUTH = 3;
    static final int GROUP = 4;
    static final int LIFE_TYPE = 11;
    static final int LIFE_DURATION = 12;
    static final int KEY_LENGTH = 14;
    static final int LIFE_SECONDS = 1;

    private Phase1Proposals() {}

    static Payload.Sa offer(List<IsakmpPolicy> policies) {
        List<Transform> ts = new ArrayList<>();
        int n = 1;
        for (IsakmpPolicy p : policies) {
            ts.add(new Transform(n++, Transform.KEY_IKE, attributes(p)));
        }
        return Payload.Sa.of(List.of(new Proposal(1, Proposal.PROTO_ISAKMP, new byte[0], ts)));
    }

    static List<Attribute> attributes(IsakmpPolicy p) {
        List<Attribute> a = new ArrayList<>();
        a.add(Attribute.basic(ENCRYPTION, p.cipher().id()));
        if (p.keyBits() != 0) {
            a.add(Attribute.basic(KEY_LENGTH, p.keyBits()));
        }
        a.add(Attribute.basic(HASH, p.hash().id()));
        a.add(Attribute.basic(AUTH, p.auth().id()));
        a.add(Attribute.basic(GROUP, p.group().id()));
        a.add(Attribute.basic(LIFE_TYPE, LIFE_SECONDS));
        a.add(Attribute.number(LIFE_DURATION, p.lifetimeSeconds()));
        return a;
    }

    /** The policy a transform describes, or null with the reason in {@code why}. */
    static IsakmpPolicy parse(Transform t, int priority, StringBuilder why) {
        CipherAlgorithm cipher = null;
        HashAlgorithm hash = null;
        AuthMethod auth = null;
        DhGroup group = null;
        int keyBits = 0;
        long lifetime = IsakmpPolicy.DEFAULT_LIFETIME;
        int lifeType = LIFE_SECONDS;
        if (t.transformId() != Transform.KEY_IKE) {
            why.append("transform id ").append(t.transformId());
            return null;
        }
        for (Attribute a : t.attributes()) {
            switch (a.type()) {
                case ENCRYPTION -> cipher = CipherAlgorithm.ofId(a.value()).orElse(null);
                case HASH -> hash = HashAlgorithm.ofId(a.value()).orElse(null);
                case AUTH -> auth = AuthMethod.ofId(a.value());
                case GROUP -> group = DhGroup.ofId((int) Math.min(a.value(), 255)).orElse(null);
                case KEY_LENGTH -> keyBits = (int) a.value();
                case LIFE_TYPE -> lifeType = (int) a.value();
                case LIFE_DURATION -> {
                    if (lifeType == LIFE_SECONDS && a.value() > 0) {
                        lifetime = a.value();
                    }
                }
                default -> {
                    why.append("unsupported attribute ").append(a.type());
                    return null;
                }
            }
        }
        if (cipher == null || hash == null || auth == null || group == null) {
            why.append("unsupported or missing encryption, hash, authentication or group");
            return null;
        }
        if (!cipher.acceptsKeyBits(keyBits)) {
            why.append("key length ").append(keyBits);
            return null;
        }
        return new IsakmpPolicy(priority, cipher, keyBits, hash, auth, group, lifetime);
    }

    /** The responder's pick: our policy (with the agreed lifetime) and the peer's transform. */
    record Choice(IsakmpPolicy policy, Transform transform) {
    }

    static Choice select(Payload.Sa offered, List<IsakmpPolicy> ours, Consumer<String> trace) {
        Proposal prop = offered.proposals().get(0);
        if (prop.protocolId() != Proposal.PROTO_ISAKMP) {
            trace.accept("proposal protocol " + prop.protocolId() + " is not ISAKMP");
            return null;
        }
        for (IsakmpPolicy mine : ours) {
            for (Transform t : prop.transforms()) {
                trace.accept("Checking ISAKMP transform " + t.number() + " against priority " + mine.priority()
                        + " policy");
                StringBuilder why = new StringBuilder();
                IsakmpPolicy theirs = parse(t, mine.priority(), why);
                if (theirs == null) {
                    trace.accept("atts are not acceptable. (" + why + ")");
                    continue;
                }
                String diff = difference(mine, theirs);
                if (diff != null) {
                    trace.accept(diff);
                    trace.accept("atts are not acceptable. Next payload is " + (t == last(prop) ? 0 : 3));
                    continue;
                }
                trace.accept("atts are acceptable. Next payload is " + (t == last(prop) ? 0 : 3));
                return new Choice(mine.withLifetime(Math.min(mine.lifetimeSeconds(), theirs.lifetimeSeconds())), t);
            }
        }
        return null;
    }

    private static Transform last(Proposal p) {
        return p.transforms().get(p.transforms().size() - 1);
    }

    /** Why two policies differ, in IOS debug's words, or null when they match. */
    static String difference(IsakmpPolicy mine, IsakmpPolicy theirs) {
        if (mine.cipher() != theirs.cipher() || mine.keyBits() != theirs.keyBits()) {
            return "Encryption algorithm offered does not match policy!";
        }
        if (mine.hash() != theirs.hash()) {
            return "Hash algorithm offered does not match policy!";
        }
        if (mine.auth() != theirs.auth()) {
            return mine.auth() == AuthMethod.PRE_SHARE && theirs.auth() != AuthMethod.PRE_SHARE
                    ? "Authentication method offered does not match policy!"
                    : theirs.auth() == AuthMethod.PRE_SHARE ? "Preshared authentication offered but does not match policy!"
                    : "Authentication method offered does not match policy!";
        }
        if (mine.group() != theirs.group()) {
            return "Diffie-Hellman group offered does not match policy!";
        }
        if (theirs.lifetimeSeconds() > mine.lifetimeSeconds()) {
            return "Lifetime offered is longer than policy!";
        }
        return null;
    }
}
