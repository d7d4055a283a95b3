package iosim.dataplane;

/** A Loopback interface: always line-up when admin up; traffic routed to its subnet but not to its address is discarded. */
public final class LoopbackInterface extends NodeInterface {
    LoopbackInterface(Node node, String name) {
        super(node, name);
        setAdminUp(true);
        setMtu(1514);
    }

    @Override
    public InterfaceKind kind() {
        return InterfaceKind.LOOPBACK;
    }

    @Override
    public boolean lineProtocolUp() {
        return adminUp();
    }
}
