package iosim.ikev2.api;

/**
 * An initiator that authenticates with EAP instead of its own AUTH (a remote-access client):
 * its EAP identity and password, and whether it asks the gateway for an internal address
 * (CFG_REQUEST). Set with {@code IkeEngine#setEapClient}.
 */
public record EapClientParams(String identity, String password, boolean requestAddress) {
}
