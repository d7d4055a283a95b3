package iosim.ikev2.api;

/**
 * The remote-access side of an IKE SA, for show commands: the EAP identity that authenticated,
 * the method, and the configuration attributes given (gateway) or received (client).
 */
public record RemoteAccessInfo(String eapIdentity, EapMethod method, ConfigAttributes attributes) {
}
