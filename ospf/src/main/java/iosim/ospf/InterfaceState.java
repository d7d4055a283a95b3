package iosim.ospf;

/** Interface states (RFC 2328 9.1). */
public enum InterfaceState { DOWN, LOOPBACK, WAITING, POINT_TO_POINT, DR_OTHER, BACKUP, DR }
