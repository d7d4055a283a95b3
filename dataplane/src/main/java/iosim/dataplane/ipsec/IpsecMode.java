package iosim.dataplane.ipsec;

/** ESP/AH mode: tunnel (inner IPv4 packet carried whole) or transport (payload only). */
public enum IpsecMode { TUNNEL, TRANSPORT }
