package iosim.dataplane.ipsec;

/**
 * Key material of one SA direction as IKEv2 KEYMAT yields it: the encryption key (with the
 * 4-byte salt last for AEAD) and the integrity key (empty for AEAD). The dataplane copies them
 * and wipes its copies when the SA is removed; callers should wipe theirs after installing.
 */
public record SaKeys(byte[] encryption, byte[] integrity) {
    public SaKeys {
        encryption = encryption == null ? new byte[0] : encryption;
        integrity = integrity == null ? new byte[0] : integrity;
    }
}
