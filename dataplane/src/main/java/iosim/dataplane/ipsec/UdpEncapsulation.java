package iosim.dataplane.ipsec;

/**
 * UDP encapsulation of ESP (RFC 3948): the ports ESP packets of this SA are sent from and to
 * (normally 4500/4500; the remote port is the one a NAT mapped).
 */
public record UdpEncapsulation(int localPort, int remotePort) {
    public static final int NAT_T_PORT = 4500;

    public static UdpEncapsulation standard() { return new UdpEncapsulation(NAT_T_PORT, NAT_T_PORT); }
}
