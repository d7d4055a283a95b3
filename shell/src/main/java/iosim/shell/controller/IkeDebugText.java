package iosim.shell.controller;

import iosim.ikev2.api.ChildProposal;
import iosim.ikev2.api.ExchangeInfo;
import iosim.ikev2.api.Identity;
import iosim.ikev2.api.IkeProposal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The text pieces of {@code debug crypto ikev2} in IOS-XE's notation (reference §4.1-4.2): payload
 * names ({@code N}, {@code VID}, {@code NOTIFY(NAT_DETECTION_SOURCE_IP)}, {@code ENCR}), the packet
 * blocks, the {@code Building packet for encryption.} block and the proposal dumps. Pure functions.
 */
final class IkeDebugText {
    private IkeDebugText() {}

    /** The engine's short notify names that IOS spells differently. */
    private static final Map<String, String> NOTIFY = Map.of(
            "NATD_S_IP", "NAT_DETECTION_SOURCE_IP",
            "NATD_D_IP", "NAT_DETECTION_DESTINATION_IP",
            "ESP_TFC_PADDING_NOT_SUPPORTED", "ESP_TFC_NO_SUPPORT",
            "NON_FIRST_FRAGMENTS_ALSO", "NON_FIRST_FRAGS");

    /** The engine's payload short names (strongSwan's) that IOS spells differently. */
    private static final Map<String, String> PAYLOAD = Map.of(
            "No", "N", "V", "VID", "D", "DELETE", "SK", "ENCR", "SKF", "ENCR", "CP", "CFG");

    /** One payload name as IOS prints it: {@code No} -> {@code N}, {@code N(NATD_S_IP)} -> {@code NOTIFY(NAT_DETECTION_SOURCE_IP)}. */
    static String payload(String engineName) {
        if (engineName.startsWith("N(") && engineName.endsWith(")")) {
            String n = engineName.substring(2, engineName.length() - 1);
            return "NOTIFY(" + NOTIFY.getOrDefault(n, n) + ")";
        }
        int paren = engineName.indexOf('(');
        String base = paren < 0 ? engineName : engineName.substring(0, paren);
        return PAYLOAD.getOrDefault(base, base);
    }

    /** The inner payloads (everything but the SK envelope) in IOS notation. */
    static List<String> inner(List<String> engineNames) {
        List<String> out = new ArrayList<>();
        for (String n : engineNames) {
            String p = payload(n);
            if (!p.equals("ENCR")) {
                out.add(p);
            }
        }
        return out;
    }

    static boolean encrypted(ExchangeInfo x) {
        return !"IKE_SA_INIT".equals(x.exchange());
    }

    /** The error notify a message carries ({@code NO_PROPOSAL_CHOSEN}, ...), or null. */
    static String errorNotify(ExchangeInfo x) {
        for (String p : inner(x.payloads())) {
            for (String e : new String[] {"NO_PROPOSAL_CHOSEN", "AUTHENTICATION_FAILED", "TS_UNACCEPTABLE",
                    "INVALID_KE_PAYLOAD", "INVALID_SYNTAX", "COOKIE"}) {
                if (p.equals("NOTIFY(" + e + ")")) {
                    return e;
                }
            }
        }
        return null;
    }

    /**
     * A {@code Sending Packet} / {@code Received Packet} block. A protected message sent shows only
     * {@code ENCR} (its clear list went before in {@link #building}); a received one lists what it carried.
     */
    static String packet(String prefix, ExchangeInfo x, boolean sent) {
        String addrs = sent
                ? "Sending Packet [To " + hostPort(x.destination()) + "/From " + hostPort(x.source()) + "/VRF i0:f0] "
                : "Received Packet [From " + hostPort(x.source()) + "/To " + hostPort(x.destination()) + "/VRF i0:f0] ";
        String list = sent && encrypted(x) ? "ENCR" : String.join(" ", inner(x.payloads()));
        return "IKEv2:" + prefix + addrs + "\nInitiator SPI : " + String.format("%016X", x.initiatorSpi())
                + " - Responder SPI : " + String.format("%016X", x.responderSpi()) + " Message id: " + x.messageId()
                + "\nIKEv2 " + x.exchange() + " Exchange " + (x.response() ? "RESPONSE" : "REQUEST")
                + " \nPayload contents: \n " + list + " \n";
    }

    /** The clear payload list of a protected message about to be encrypted. */
    static String building(String prefix, ExchangeInfo x) {
        return "IKEv2:" + prefix + "Building packet for encryption.  \nPayload contents: \n "
                + String.join(" ", inner(x.payloads())) + " \n";
    }

    /** {@code IKE Proposal: 1, SPI size: 0 (initial negotiation), } with its transforms. */
    static String ikeProposal(String prefix, int n, IkeProposal pr) {
        return "IKEv2:" + prefix + "IKE Proposal: " + n + ", SPI size: 0 (initial negotiation), \nNum. transforms: "
                + (pr.encryption().size() + pr.prf().size() + pr.integrity().size() + pr.groups().size())
                + "\n" + proposalTokens(pr) + " ";
    }

    /** Encryption, PRF, integrity, groups, each after three spaces (reference §4.1). */
    static String proposalTokens(IkeProposal pr) {
        StringBuilder sb = new StringBuilder();
        pr.encryption().forEach(e -> sb.append("   ").append(CryptoNames.showCipher(e)));
        pr.prf().forEach(e -> sb.append("   ").append(CryptoNames.showPrf(e)));
        pr.integrity().forEach(e -> sb.append("   ").append(CryptoNames.showHash(e)));
        pr.groups().forEach(g -> sb.append("   ").append(CryptoNames.groupLongName(g)));
        return sb.toString();
    }

    /** {@code ESP Proposal: 1, SPI size: 4 (IPSec negotiation), } with its transforms. */
    static String espProposal(String prefix, int n, ChildProposal c) {
        StringBuilder sb = new StringBuilder();
        c.encryption().forEach(e -> sb.append("   ").append(CryptoNames.showCipher(e)));
        c.integrity().forEach(i -> sb.append("   ").append(CryptoNames.showHash(i)));
        c.pfsGroups().forEach(g -> sb.append("   ").append(CryptoNames.groupLongName(g)));
        sb.append(c.esn() ? "   Use ESN" : "   Don't use ESN");
        int count = c.encryption().size() + c.integrity().size() + c.pfsGroups().size() + 1;
        return "IKEv2:" + prefix + "ESP Proposal: " + n + ", SPI size: 4 (IPSec negotiation), \nNum. transforms: "
                + count + "\n" + sb;
    }

    /** {@code 'IPv4 address'} and the other identity types as IOS names them. */
    static String idType(Identity id) {
        if (id == null) {
            return "IPv4 address";
        }
        return switch (id.type()) {
            case IPV4_ADDR -> "IPv4 address";
            case IPV6_ADDR -> "IPv6 address";
            case FQDN -> "FQDN";
            case RFC822_ADDR -> "email";
            case KEY_ID -> "key id";
            case DER_ASN1_DN -> "DER ASN1 DN";
        };
    }

    static String hostPort(java.net.InetSocketAddress a) {
        return a.getAddress().getHostAddress() + ":" + a.getPort();
    }
}
