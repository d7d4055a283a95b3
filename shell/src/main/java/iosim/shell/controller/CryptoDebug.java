package iosim.shell.controller;

import iosim.ikev2.api.ExchangeInfo;
import iosim.ikev2.api.IkeEvent;
import iosim.ikev2.api.IkeProposal;
import iosim.ikev2.api.KeyExchangeGroup;
import iosim.shell.cli.DebugFlags;
import java.util.List;
import java.util.function.Consumer;

/**
 * {@code debug crypto ikev2 [packet|internal|error]} and {@code debug crypto ipsec} output, in the
 * reference's wording: the policy and keyring lookup before an initiation, the packet blocks for
 * every exchange sent and received, the session coming up, and the IKEv2-ERROR lines of failures
 * (proposal mismatch with received and expected proposals, PSK mismatch, TS mismatch), NAT
 * detection and deletes. Lines go to {@code out} (the router's log/console).
 */
final class CryptoDebug {
    static final String DEFAULT = "ikev2 default";
    static final String PACKET = "ikev2 packet";
    static final String HEXDUMP = "ikev2 packet hexdump";
    static final String INTERNAL = "ikev2 internal";
    static final String ERROR = "ikev2 error";
    static final String IPSEC = "ipsec";

    private final DebugFlags flags;
    private final Consumer<String> out;
    private final SaIndex index;

    CryptoDebug(DebugFlags flags, Consumer<String> out, SaIndex index) {
        this.flags = flags;
        this.out = out;
        this.index = index;
    }

    private boolean narrative() {
        return flags.isOn(DEFAULT);
    }

    private boolean packets() {
        return flags.isOn(DEFAULT) || flags.isOn(PACKET) || flags.isOn(HEXDUMP);
    }

    private boolean errors() {
        return flags.isOn(DEFAULT) || flags.isOn(ERROR);
    }

    void ipsec(String text) {
        if (flags.isOn(IPSEC)) {
            out.accept(text);
        }
    }

    private String prefix(long spi) {
        int id = index.of(spi);
        return "(SESSION ID = " + id + ",SA ID = " + id + "):";
    }

    void beforeInitiate(PeerIntent p) {
        if (!narrative()) {
            return;
        }
        String local = p.params().local().getAddress().getHostAddress();
        out.accept("IKEv2:% Getting preshared key from profile keyring (profile " + p.profileName() + ")");
        out.accept("IKEv2:Searching Policy with fvrf 0, local address " + local);
        if ("default".equals(p.policyName())) {
            out.accept("IKEv2:Using the Default Policy for Proposal");
        }
        out.accept("IKEv2:Found Policy '" + p.policyName() + "'");
        int n = 1;
        for (IkeProposal pr : p.params().ikeProposals()) {
            out.accept("IKEv2:IKE Proposal: " + n++ + ", SPI size: 0 (initial negotiation), \nNum. transforms: "
                    + (pr.encryption().size() + pr.prf().size() + pr.integrity().size() + pr.groups().size())
                    + "\n  " + proposalTokens(pr) + " ");
        }
    }

    static String proposalTokens(IkeProposal pr) {
        StringBuilder sb = new StringBuilder();
        pr.encryption().forEach(e -> sb.append(' ').append(' ').append(' ').append(CryptoNames.showCipher(e)));
        pr.prf().forEach(e -> sb.append("   ").append(CryptoNames.showPrf(e)));
        pr.integrity().forEach(e -> sb.append("   ").append(CryptoNames.showHash(e)));
        pr.groups().forEach(g -> sb.append("   ").append(CryptoNames.groupLongName(g)));
        return sb.toString().substring(1);
    }

    /** The {@code Expected Policies} text for a NO_PROPOSAL_CHOSEN on the responder. */
    static String expected(List<IkeProposal> ours) {
        StringBuilder sb = new StringBuilder();
        int n = 1;
        for (IkeProposal p : ours) {
            sb.append("Proposal ").append(n++).append(":  ENCRYPTION:");
            p.encryption().forEach(e -> sb.append(' ').append(CryptoNames.proposalCipher(e)));
            sb.append(" PRF:");
            p.prf().forEach(e -> sb.append(' ').append(CryptoNames.showPrf(e)));
            sb.append(" INTEGRITY:");
            p.integrity().forEach(e -> sb.append(' ').append(CryptoNames.showHash(e)));
            sb.append(" DH GROUP:");
            for (KeyExchangeGroup g : p.groups()) {
                sb.append(' ').append(CryptoNames.groupLongName(g));
            }
            sb.append(' ');
        }
        return sb.toString().strip();
    }

    /** An INFORMATIONAL request with nothing inside its SK payload: a DPD/liveness check. */
    static boolean livenessCheck(ExchangeInfo x) {
        return "INFORMATIONAL".equals(x.exchange()) && !x.response()
                && x.payloads().stream().allMatch(p -> p.equals("SK") || p.equals("ENCR"));
    }

    void ikeEvent(IkeEvent e, PeerIntent intent) {
        if (e instanceof IkeEvent.ExchangeSent s && narrative() && livenessCheck(s.exchange())) {
            long spi = s.exchange().fromInitiator() ? s.exchange().initiatorSpi() : s.exchange().responderSpi();
            out.accept("IKEv2:" + prefix(spi) + "Sending DPD/liveness query"
                    + (s.exchange().retransmission() ? " (retransmission)" : ""));
        } else if (e instanceof IkeEvent.ExchangeReceived r && narrative() && livenessCheck(r.exchange())) {
            long spi = r.exchange().fromInitiator() ? r.exchange().responderSpi() : r.exchange().initiatorSpi();
            out.accept("IKEv2:" + prefix(spi) + "Received DPD/liveness query");
        }
        if (e instanceof IkeEvent.ExchangeSent s && packets()) {
            out.accept(packet(s.exchange(), true));
        } else if (e instanceof IkeEvent.ExchangeReceived r && packets()) {
            out.accept(packet(r.exchange(), false));
        } else if (e instanceof IkeEvent.IkeSaUp u && narrative()) {
            String p = "IKEv2:" + prefix(u.sa().localSpi());
            if (u.sa().natTraversal()) {
                out.accept(p + "Checking NAT discovery");
                out.accept(p + (u.sa().natLocal() ? "NAT INSIDE found" : "NAT OUTSIDE found"));
                out.accept(p + "NAT detected float to init port 4500, resp port 4500");
            }
            out.accept(p + "Verification of peer's authenctication data PASSED");
            out.accept(p + "IKEV2 SA created; inserting SA into database. SA lifetime timer ("
                    + u.sa().lifetimeMillis() / 1000 + " sec) started");
            out.accept(p + "Session with IKE ID PAIR (" + u.sa().localId() + ", " + u.sa().remoteId() + ") is UP");
            out.accept("IKEv2:IKEv2 MIB tunnel started, tunnel index " + index.of(u.sa().localSpi()));
        } else if (e instanceof IkeEvent.IkeSaRekeyed r && narrative()) {
            out.accept("IKEv2:" + prefix(r.sa().localSpi()) + "Rekeyed IKE SA, old SPI " + String.format("%016X",
                    r.oldLocalSpi()) + " replaced");
        } else if (e instanceof IkeEvent.IkeSaDown d) {
            if (narrative()) {
                out.accept("IKEv2:" + prefix(d.localSpi()) + "Deleting SA");
            }
            index.forget(d.localSpi());
        } else if (e instanceof IkeEvent.ChildSaRekeyed c && narrative()) {
            out.accept("IKEv2:" + prefix(c.ikeLocalSpi()) + "Rekeyed IPsec SA, old inbound SPI "
                    + CryptoSessions.spiText(c.oldInboundSpi()) + ", new " + CryptoSessions.spiText(c.keys().inboundSpi()));
        } else if (e instanceof IkeEvent.ChildSaRemoved c && narrative()) {
            out.accept("IKEv2:" + prefix(c.ikeLocalSpi()) + "Delete IPsec SA [SPI: 0x"
                    + String.format("%08X", c.outboundSpi()) + "] (" + c.reason() + ")");
        } else if (e instanceof IkeEvent.Failure f && errors()) {
            failure(f, intent);
        }
    }

    private void failure(IkeEvent.Failure f, PeerIntent intent) {
        String p = f.localSpi() == 0 ? "" : prefix(f.localSpi());
        String err = "IKEv2-ERROR:" + p;
        String n = f.notifyName() == null ? "" : f.notifyName();
        switch (n) {
            case "NO_PROPOSAL_CHOSEN" -> {
                if (f.sentByPeer()) {
                    out.accept(err + ": Received no proposal chosen notify");
                } else {
                    out.accept(err + "Received Policies: : Failed to find a matching policy" + f.reason());
                    if (intent != null) {
                        out.accept(err + "Expected Policies: : Failed to find a matching policy"
                                + expected(intent.params().ikeProposals()));
                    }
                }
                if (f.reason() != null && f.reason().contains("IKE_SA_INIT")) {
                    out.accept(err + "Initial exchange failed: Initial exchange failed");
                } else {
                    out.accept("IKEv2:" + p + "Queuing IKE SA delete request reason: unknown");
                }
            }
            case "AUTHENTICATION_FAILED" -> {
                if (!f.sentByPeer()) {
                    out.accept("IKEv2:" + p + "Verification of peer's authenctication data FAILED");
                    out.accept("IKEv2:" + p + "Sending authentication failure notify");
                }
                out.accept(err + ": Failed to authenticate the IKE SA");
                out.accept(err + ": Auth exchange failed");
            }
            case "TS_UNACCEPTABLE" -> {
                if (!f.sentByPeer()) {
                    out.accept(err + ": There was no IPSEC policy found for received TS");
                    out.accept("IKEv2:" + p + "Sending TS unacceptable notify");
                } else {
                    out.accept(err + ": Received TS unacceptable notify");
                }
            }
            default -> out.accept(err + ": " + (n.isEmpty() ? "" : n + ": ") + f.reason());
        }
    }

    private String packet(ExchangeInfo x, boolean sent) {
        long localSpi = x.fromInitiator() == sent ? x.initiatorSpi() : x.responderSpi();
        String head = "IKEv2:" + (localSpi == 0 ? "" : prefix(localSpi));
        String addrs = sent
                ? "Sending Packet [To " + hostPort(x.destination()) + "/From " + hostPort(x.source()) + "/VRF i0:f0] "
                : "Received Packet [From " + hostPort(x.source()) + "/To " + hostPort(x.destination()) + "/VRF i0:f0] ";
        return head + addrs + "\nInitiator SPI : " + String.format("%016X", x.initiatorSpi()) + " - Responder SPI : "
                + String.format("%016X", x.responderSpi()) + " Message id: " + x.messageId() + "\nIKEv2 " + x.exchange()
                + " Exchange " + (x.response() ? "RESPONSE" : "REQUEST") + " \nPayload contents: \n "
                + String.join(" ", x.payloads()) + " \n";
    }

    private static String hostPort(java.net.InetSocketAddress a) {
        return a.getAddress().getHostAddress() + ":" + a.getPort();
    }
}
