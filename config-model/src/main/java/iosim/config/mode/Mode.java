package iosim.config.mode;

/**
 * Every CLI mode of the router: its prompt suffix (after the hostname), the mode that
 * {@code exit} returns to, and the grammar entry rule that parses one line typed in it.
 * A line that the mode's own rule rejects is tried in the parent modes (IOS's fall-through).
 */
public enum Mode {
    USER_EXEC(">", null, "exec_line"),
    PRIV_EXEC("#", null, "exec_line"),
    CONFIG("(config)#", PRIV_EXEC, "config_line"),
    INTERFACE("(config-if)#", CONFIG, "if_line"),
    IKEV2_PROPOSAL("(config-ikev2-proposal)#", CONFIG, "ikev2_proposal_line"),
    IKEV2_POLICY("(config-ikev2-policy)#", CONFIG, "ikev2_policy_line"),
    IKEV2_KEYRING("(config-ikev2-keyring)#", CONFIG, "ikev2_keyring_line"),
    IKEV2_KEYRING_PEER("(config-ikev2-keyring-peer)#", IKEV2_KEYRING, "ikev2_keyring_peer_line"),
    IKEV2_PROFILE("(config-ikev2-profile)#", CONFIG, "ikev2_profile_line"),
    IPSEC_TRANSFORM_SET("(cfg-crypto-trans)#", CONFIG, "ipsec_transform_set_line"),
    IPSEC_PROFILE("(ipsec-profile)#", CONFIG, "ipsec_profile_line"),
    CRYPTO_MAP("(config-crypto-map)#", CONFIG, "crypto_map_line"),
    DYNAMIC_MAP("(config-crypto-map)#", CONFIG, "dynamic_map_line"),
    ISAKMP_POLICY("(config-isakmp)#", CONFIG, "isakmp_policy_line"),
    KEYRING("(config-keyring)#", CONFIG, "keyring_line"),
    ISAKMP_PROFILE("(conf-isa-prof)#", CONFIG, "isakmp_profile_line"),
    IKEV2_AUTHZ_POLICY("(config-ikev2-profile-author-policy)#", CONFIG, "ikev2_authz_policy_line"),
    EXT_NACL("(config-ext-nacl)#", CONFIG, "ext_nacl_line"),
    STD_NACL("(config-std-nacl)#", CONFIG, "std_nacl_line"),
    LINE("(config-line)#", CONFIG, "line_line"),
    PKI_TRUSTPOINT("(ca-trustpoint)#", CONFIG, "pki_trustpoint_line"),
    PKI_CERT_CHAIN("(config-cert-chain)#", CONFIG, "pki_cert_chain_line"),
    ROUTER_OSPF("(config-router)#", CONFIG, "router_ospf_line"),
    ARCHIVE("(config-archive)#", CONFIG, "archive_line");

    private final String promptSuffix;
    private final Mode parent;
    private final String entryRule;

    Mode(String promptSuffix, Mode parent, String entryRule) {
        this.promptSuffix = promptSuffix;
        this.parent = parent;
        this.entryRule = entryRule;
    }

    /** The text after the hostname in the prompt, e.g. {@code (config-if)#}. */
    public String promptSuffix() {
        return promptSuffix;
    }

    /** The mode {@code exit} returns to; null for the EXEC modes. */
    public Mode parent() {
        return parent;
    }

    /** The parser rule (ending in EOF) that parses one line in this mode. */
    public String entryRule() {
        return entryRule;
    }

    /** True for the configuration modes (global config and its sub-modes). */
    public boolean isConfig() {
        return parent != null;
    }
}
