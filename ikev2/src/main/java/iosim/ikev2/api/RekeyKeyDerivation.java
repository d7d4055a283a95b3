package iosim.ikev2.api;

/**
 * Which PRF expands a rekeyed IKE SA's SKEYSEED when the rekey changes the PRF. Both use the
 * OLD IKE SA's PRF for SKEYSEED = prf(SK_d (old), g^ir (new) | Ni | Nr) (RFC 7296 2.18) and
 * the new PRF's key lengths; they differ only in the PRF that runs prf+.
 */
public enum RekeyKeyDerivation {
    /** prf+ with the old SA's PRF too: what strongSwan 5.9 does (checked against it in the interop suite). */
    OLD_PRF_PLUS,
    /** prf+ with the new SA's PRF, as the last paragraph of RFC 7296 2.18 reads. */
    NEW_PRF_PLUS
}
