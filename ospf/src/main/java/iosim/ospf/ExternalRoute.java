package iosim.ospf;

/** A route the process advertises as AS-external (redistribution, default-information originate). */
public record ExternalRoute(int prefix, int prefixLength, int metric, boolean type2, int tag) {}
