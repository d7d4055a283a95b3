package iosim.ikev2.api;

/** IPsec protocol of a Child SA (IKEv2 Protocol ID). */
public enum IpsecProtocol {
    AH(2), ESP(3);

    private final int protocolId;

    IpsecProtocol(int protocolId) {
        this.protocolId = protocolId;
    }

    public int protocolId() {
        return protocolId;
    }
}
