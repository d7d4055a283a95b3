package iosim.dataplane;

/** {@code ip nat inside} / {@code ip nat outside} on an interface. */
public enum NatRole { NONE, INSIDE, OUTSIDE }
