package iosim.ikev2.sa;

/**
 * SK_d, SK_ai, SK_ar, SK_ei, SK_er, SK_pi, SK_pr of one IKE SA (RFC 7296 2.14), as derived.
 * SK_ai/SK_ar are empty with AEAD; SK_e* include the AEAD salt.
 */
public record IkeKeys(byte[] skD, byte[] skAi, byte[] skAr, byte[] skEi, byte[] skEr, byte[] skPi, byte[] skPr) {}
