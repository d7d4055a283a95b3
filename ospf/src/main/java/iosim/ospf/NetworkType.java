package iosim.ospf;

/** OSPF network types this implementation runs (RFC 2328 1.2). */
public enum NetworkType { BROADCAST, POINT_TO_POINT, POINT_TO_MULTIPOINT, LOOPBACK }
