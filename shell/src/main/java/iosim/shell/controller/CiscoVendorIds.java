package iosim.shell.controller;

import iosim.ikev2.api.IkeSaSnapshot;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * The Vendor ID payloads a Cisco IOS-XE router sends in IKEv2 IKE_SA_INIT (the reference's
 * {@code SA KE N VID VID VID VID NOTIFY(...)}), which the engine sends as opaque data, and the
 * {@code PEER TYPE} IOS infers from the peer's.
 *
 * <p>Their data are ASCII strings, as listed by strongSwan's IKEv2 vendor table ("Cisco Delete
 * Reason", "Cisco Copyright (c) 2009") and libreswan's ("CISCO-DELETE-REASON",
 * "CISCO-DYNAMIC-ROUTE", "FLEXVPN-SUPPORTED"). That IOS-XE sends exactly these four, and in this
 * order, is inferred (four VIDs in its debug output), not confirmed from a capture.
 */
public final class CiscoVendorIds {
    private CiscoVendorIds() {}

    public static final byte[] COPYRIGHT = ascii("CISCO(COPYRIGHT)&Copyright (c) 2009 Cisco Systems, Inc.");
    public static final byte[] DELETE_REASON = ascii("CISCO-DELETE-REASON");
    public static final byte[] DYNAMIC_ROUTE = ascii("CISCO-DYNAMIC-ROUTE");
    public static final byte[] FLEXVPN_SUPPORTED = ascii("FLEXVPN-SUPPORTED");

    /** What a router sends in IKE_SA_INIT, in order (fresh arrays). */
    public static List<byte[]> ikeSaInit() {
        return List.of(COPYRIGHT.clone(), DELETE_REASON.clone(), DYNAMIC_ROUTE.clone(), FLEXVPN_SUPPORTED.clone());
    }

    /** {@code PEER TYPE:} of {@code show crypto ikev2 sa detailed}: IOS-XE for a peer that sent Cisco's VIDs. */
    public static String peerType(IkeSaSnapshot s) {
        return s.peerSentVendorId(COPYRIGHT) && s.peerSentVendorId(FLEXVPN_SUPPORTED) ? "IOS-XE" : "Other";
    }

    private static byte[] ascii(String s) {
        return s.getBytes(StandardCharsets.US_ASCII);
    }
}
