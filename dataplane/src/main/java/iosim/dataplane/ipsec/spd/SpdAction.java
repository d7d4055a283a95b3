package iosim.dataplane.ipsec.spd;

/** What an SPD entry does with the packets it selects (RFC 4301 PROTECT / BYPASS / DISCARD). */
public enum SpdAction { PROTECT, BYPASS, DISCARD }
