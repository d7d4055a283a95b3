package iosim.config.model;

/** {@code pki trustpoint NAME [sign|verify]} in an IKEv2 profile; use null for both. */
public record TrustpointRef(String name, String use) {
}
