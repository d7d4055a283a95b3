package iosim.ikev2.api;

/** Tunnel (default) or transport mode (USE_TRANSPORT_MODE notify). */
public enum IpsecMode { TUNNEL, TRANSPORT }
