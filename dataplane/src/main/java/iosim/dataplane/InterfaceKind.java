package iosim.dataplane;

/** The kinds of interface a node has. */
public enum InterfaceKind { ETHERNET, LOOPBACK, TUNNEL }
