package iosim.config.model;

import java.util.List;

/**
 * IKEv2 smart defaults: the built-in objects named {@code default} that exist without
 * configuration (IOS-XE 17.x contents, reference §2.3). They are not part of the running
 * configuration text; show commands and the controller use them when nothing else applies.
 */
public final class SmartDefaults {
    public static final String NAME = "default";

    private SmartDefaults() {
    }

    /** {@code IKEv2 proposal: default}: AES-CBC-256, SHA512/SHA384, DH 19, 14, 21. */
    public static Ikev2Proposal proposal() {
        Ikev2Proposal p = new Ikev2Proposal(NAME);
        p.setEncryption(List.of("aes-cbc-256"));
        p.setIntegrity(List.of("sha512", "sha384"));
        p.setPrf(List.of("sha512", "sha384"));
        p.setGroups(List.of(19, 14, 21));
        return p;
    }

    /** {@code IKEv2 policy : default}: any local address, proposal {@code default}. */
    public static Ikev2Policy policy() {
        Ikev2Policy p = new Ikev2Policy(NAME);
        p.addProposal(NAME);
        return p;
    }

    /** {@code crypto ipsec transform-set default}: esp-aes esp-sha-hmac, transport mode. */
    public static TransformSet transformSet() {
        TransformSet t = new TransformSet(NAME);
        t.setTransforms(null, "esp-aes", null, "esp-sha-hmac");
        t.setTransportMode(true);
        return t;
    }

    /** {@code crypto ipsec profile default}: transform set {@code default}, global lifetimes, no PFS. */
    public static IpsecProfile ipsecProfile() {
        IpsecProfile p = new IpsecProfile(NAME);
        p.settings().setTransformSets(List.of(NAME));
        return p;
    }
}
