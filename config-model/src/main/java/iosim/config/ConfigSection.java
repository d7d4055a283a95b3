package iosim.config;

/** The part of the running configuration a change touched. */
public enum ConfigSection {
    SYSTEM, USERS, INTERFACE, ROUTE, ACCESS_LIST, NAT,
    IKEV2_PROPOSAL, IKEV2_POLICY, IKEV2_KEYRING, IKEV2_PROFILE, IKEV2_GLOBAL,
    TRANSFORM_SET, IPSEC_PROFILE, CRYPTO_MAP, IPSEC_GLOBAL,
    TRUSTPOINT, CRYPTO_KEY, LINE, ROUTING
}
