package iosim.shell.controller;

import iosim.shell.controller.tunnel.PeerIntent;
import iosim.config.RunningConfig;
import iosim.config.model.Ikev2Profile;
import iosim.config.model.Ipv4;
import iosim.ikev2.api.ChildProposal;
import iosim.ikev2.api.ChildSaKeys;
import iosim.ikev2.api.ChildSaSnapshot;
import iosim.ikev2.api.ExchangeInfo;
import iosim.ikev2.api.IkeEvent;
import iosim.ikev2.api.IkeProposal;
import iosim.ikev2.api.IkeSaSnapshot;
import iosim.ikev2.api.KeyExchangeGroup;
import iosim.shell.cli.DebugFlags;
import iosim.shell.controller.tunnel.ConnIds;
import iosim.shell.controller.tunnel.SpiText;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * {@code debug crypto ikev2 [packet|internal|error]} and {@code debug crypto ipsec} as IOS-XE
 * prints them (reference §4): the keyring and policy lookup, the DH and SKEYSEED steps, the
 * packet blocks in IOS's payload notation with {@code Building packet for encryption.} before a
 * protected message, authentication, the session coming up, and the IKEv2-ERROR lines of the
 * failures. The narrative is driven by the engine's events; the SA's snapshot supplies what an
 * event does not carry (NAT, negotiated algorithms, identities). Lines go to {@code out}.
 */
final class CryptoDebug implements iosim.shell.controller.tunnel.TunnelDebug {
    static final String DEFAULT = "ikev2 default";
    static final String PACKET = "ikev2 packet";
    static final String HEXDUMP = "ikev2 packet hexdump";
    static final String INTERNAL = "ikev2 internal";
    static final String ERROR = "ikev2 error";
    static final String IPSEC = "ipsec";

    private final DebugFlags flags;
    private final Consumer<String> out;
    private final ConnIds index;
    private Function<Long, Optional<IkeSaSnapshot>> sas = spi -> Optional.empty();
    private Supplier<RunningConfig> config = () -> null;
    /** Initiator SAs whose IKE_AUTH response arrived: their IkeSaUp verifies the peer first. */
    private final Set<Long> authResponse = new HashSet<>();
    private final IpsecDebugText ipsecText = new IpsecDebugText();

    CryptoDebug(DebugFlags flags, Consumer<String> out, ConnIds index) {
        this.flags = flags;
        this.out = out;
        this.index = index;
    }

    /** Where the narrative looks up an SA (by our SPI) and the running-config (keyring names). */
    void attach(Function<Long, Optional<IkeSaSnapshot>> sas, Supplier<RunningConfig> config) {
        this.sas = sas;
        this.config = config;
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

    @Override
    public void ipsec(String text) {
        if (flags.isOn(IPSEC)) {
            out.accept(text);
        }
    }

    /** {@code IPSEC(sa_request)}: an interesting packet asks for an SA (crypto map initiator). */
    @Override
    public void saRequest(PeerIntent p, PeerIntent.Flow f) {
        if (flags.isOn(IPSEC)) {
            out.accept(ipsecText.saRequest(p, f));
        }
    }

    /** The two {@code IPSEC(create_sa)} entries (inbound, outbound) of an installed Child SA. */
    @Override
    public void createSa(ChildSaKeys k, int connId, long lifetimeSeconds, long lifetimeKilobytes) {
        if (flags.isOn(IPSEC)) {
            ipsecText.createSa(k, connId, lifetimeSeconds, lifetimeKilobytes).forEach(out);
        }
    }

    private String prefix(long spi) {
        int id = index.ikeSa(spi);
        return "(SESSION ID = " + id + ",SA ID = " + id + "):";
    }

    private String saPrefix(long spi) {
        return "(SA ID = " + index.ikeSa(spi) + "):";
    }

    private void say(long spi, String text) {
        out.accept("IKEv2:" + (spi == 0 ? "" : prefix(spi)) + text);
    }

    /** The keyring and policy lookup before an initiation. */
    @Override
    public void beforeInitiate(PeerIntent p) {
        if (!narrative()) {
            return;
        }
        String[] ring = keyring(p);
        out.accept("IKEv2:% Getting preshared key from profile keyring " + ring[0]);
        if (ring[1] != null) {
            out.accept("IKEv2:% Matched peer block '" + ring[1] + "'");
        }
        policy(p);
    }

    private void policy(PeerIntent p) {
        out.accept("IKEv2:Searching Policy with fvrf 0, local address " + p.params().local().getAddress().getHostAddress());
        if ("default".equals(p.policyName())) {
            out.accept("IKEv2:Using the Default Policy for Proposal");
        }
        out.accept("IKEv2:Found Policy '" + p.policyName() + "'");
    }

    /** {keyring name, peer block name} of the intent's profile (the profile's name when it has none). */
    private String[] keyring(PeerIntent p) {
        RunningConfig c = config.get();
        Ikev2Profile profile = c == null ? null : c.ikev2Profiles().get(p.profileName());
        if (profile != null) {
            PskLookup.Keys k = PskLookup.find(c, profile, new Ipv4(p.peer()), null);
            if (k != null && k.keyring() != null) {
                return new String[] {k.keyring(), k.peerBlock()};
            }
        }
        return new String[] {p.profileName(), null};
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
        if (e instanceof IkeEvent.ExchangeSent s) {
            sent(s.exchange(), intent);
        } else if (e instanceof IkeEvent.ExchangeReceived r) {
            received(r.exchange());
        } else if (e instanceof IkeEvent.IkeSaUp u && narrative()) {
            up(u.sa(), intent);
        } else if (e instanceof IkeEvent.IkeSaRekeyed r && narrative()) {
            say(r.sa().localSpi(), "Rekeyed IKE SA, old SPI " + SpiText.ike(r.oldLocalSpi()) + " replaced");
        } else if (e instanceof IkeEvent.IkeSaDown d) {
            flushDeferred();
            if (narrative()) {
                say(d.localSpi(), "Deleting SA");
            }
            authResponse.remove(d.localSpi());
            index.forgetIkeSa(d.localSpi());
        } else if (e instanceof IkeEvent.ChildSaRekeyed c && narrative()) {
            say(c.ikeLocalSpi(), "Rekeyed IPsec SA, old inbound SPI " + SpiText.esp(c.oldInboundSpi())
                    + ", new " + SpiText.esp(c.keys().inboundSpi()));
        } else if (e instanceof IkeEvent.ChildSaRemoved c && narrative()) {
            say(c.ikeLocalSpi(), "Delete IPsec SA [SPI: 0x" + String.format("%08X", c.outboundSpi()) + "] ("
                    + c.reason() + ")");
        } else if (e instanceof IkeEvent.Failure f && errors()) {
            failure(f, intent);
        }
    }

    // ---- messages sent ------------------------------------------------------------------------

    private void sent(ExchangeInfo x, PeerIntent intent) {
        long spi = x.fromInitiator() ? x.initiatorSpi() : x.responderSpi();
        String p = spi == 0 ? "" : prefix(spi);
        if (narrative() && livenessCheck(x)) {
            say(spi, "Sending DPD/liveness query" + (x.retransmission() ? " (retransmission)" : ""));
        }
        if (x.retransmission()) {
            if (narrative()) {
                say(spi, "Retransmitting packet");
            }
            if (packets()) {
                out.accept(IkeDebugText.packet(p, x, true));
            }
            return;
        }
        boolean n = narrative();
        Optional<IkeSaSnapshot> sa = spi == 0 ? Optional.empty() : sas.apply(spi);
        String err = IkeDebugText.errorNotify(x);
        if (n && "IKE_SA_INIT".equals(x.exchange()) && !x.response()) {
            initRequest(spi, intent);
        } else if (n && "IKE_SA_INIT".equals(x.exchange())) {
            initResponse(spi, intent, sa, err);
        } else if (n && "IKE_AUTH".equals(x.exchange()) && !x.response()) {
            authRequest(spi, intent, sa);
        } else if (n && "IKE_AUTH".equals(x.exchange())) {
            authResponse(spi, intent, sa, err);
        }
        IkeEvent.Failure f = deferred;
        deferred = null;
        if (f != null) {
            failureBefore(f, deferredIntent);
        }
        if (n && IkeDebugText.encrypted(x)) {
            out.accept(IkeDebugText.building(p, x));
        }
        if (packets()) {
            out.accept(IkeDebugText.packet(p, x, true));
        }
        if (f != null) {
            failureAfter(f);
        }
        if (n && "IKE_SA_INIT".equals(x.exchange()) && !x.response()) {
            say(spi, "Insert SA");
        } else if (n && "IKE_SA_INIT".equals(x.exchange()) && err == null) {
            say(spi, "Completed SA init exchange");
            say(spi, "Starting timer (30 sec) to wait for auth message");
        }
    }

    private void dhPublic(long spi, KeyExchangeGroup g) {
        say(spi, "[IKEv2 -> Crypto Engine] Computing DH public key, DH Group " + (g == null ? 0 : g.ianaId()));
        out.accept("IKEv2:" + saPrefix(spi) + "[Crypto Engine -> IKEv2] DH key Computation PASSED");
        say(spi, "Request queued for computation of DH key");
    }

    private void dhSecret(long spi, KeyExchangeGroup g) {
        say(spi, "[IKEv2 -> Crypto Engine] Computing DH secret key, DH Group " + (g == null ? 0 : g.ianaId()));
        out.accept("IKEv2:" + saPrefix(spi) + "[Crypto Engine -> IKEv2] DH key Computation PASSED");
        say(spi, "Request queued for computation of DH secret");
        out.accept("IKEv2:" + saPrefix(spi) + "[IKEv2 -> Crypto Engine] Calculate SKEYSEED and create rekeyed IKEv2 SA");
        out.accept("IKEv2:" + saPrefix(spi)
                + "[Crypto Engine -> IKEv2] SKEYSEED calculation and creation of rekeyed IKEv2 SA PASSED");
    }

    private void nat(long spi, Optional<IkeSaSnapshot> sa) {
        say(spi, "Checking NAT discovery");
        if (sa.isEmpty() || !sa.get().natTraversal()) {
            say(spi, "NAT not found");
            return;
        }
        say(spi, sa.get().natLocal() ? "NAT INSIDE found" : "NAT OUTSIDE found");
        say(spi, "NAT detected float to init port 4500, resp port 4500");
    }

    private void initRequest(long spi, PeerIntent intent) {
        List<IkeProposal> props = intent == null ? List.of() : intent.params().ikeProposals();
        dhPublic(spi, props.isEmpty() || props.get(0).groups().isEmpty() ? null : props.get(0).groups().get(0));
        out.accept("IKEv2:IKEv2 initiator - no config data to send in IKE_SA_INIT exch");
        say(spi, "Generating IKE_SA_INIT message");
        int i = 1;
        for (IkeProposal pr : props) {
            out.accept(IkeDebugText.ikeProposal(prefix(spi), i++, pr));
        }
    }

    private void initResponse(long spi, PeerIntent intent, Optional<IkeSaSnapshot> sa, String err) {
        say(spi, "Verify SA init message");
        say(spi, "Insert SA");
        if (intent != null) {
            policy(intent);
        }
        say(spi, "Processing IKE_SA_INIT message");
        if (err != null || sa.isEmpty()) {
            return;
        }
        IkeSaSnapshot s = sa.get();
        nat(spi, sa);
        dhPublic(spi, s.group());
        dhSecret(spi, s.group());
        out.accept("IKEv2:IKEv2 responder - no config data to send in IKE_SA_INIT exch");
        say(spi, "Generating IKE_SA_INIT message");
        out.accept(IkeDebugText.ikeProposal(prefix(spi), 1, selected(s)));
    }

    private static IkeProposal selected(IkeSaSnapshot s) {
        return new IkeProposal(List.of(s.encryption()), List.of(s.prf()),
                s.integrity() == null ? List.of() : List.of(s.integrity()), List.of(s.group()));
    }

    private void authRequest(long spi, PeerIntent intent, Optional<IkeSaSnapshot> sa) {
        say(spi, "Processing IKE_SA_INIT message");
        say(spi, "Verify SA init message");
        say(spi, "Processing IKE_SA_INIT message");
        nat(spi, sa);
        KeyExchangeGroup g = sa.map(IkeSaSnapshot::group).orElse(null);
        dhSecret(spi, g);
        say(spi, "Completed SA init exchange");
        say(spi, "Check for EAP exchange");
        myAuth(spi, intent, sa);
        say(spi, "Check for EAP exchange");
        say(spi, "Generating IKE_AUTH message");
        String id = sa.map(s -> String.valueOf(s.localId())).orElse("");
        say(spi, "Constructing IDi payload: '" + id + "' of type '"
                + IkeDebugText.idType(sa.map(IkeSaSnapshot::localId).orElse(null)) + "'");
        if (intent != null && !intent.flows().isEmpty()) {
            int i = 1;
            for (ChildProposal c : intent.flows().get(0).child().proposals()) {
                out.accept(IkeDebugText.espProposal(prefix(spi), i++, c));
            }
        }
    }

    private void myAuth(long spi, PeerIntent intent, Optional<IkeSaSnapshot> sa) {
        say(spi, "Generate my authentication data");
        say(spi, "Use preshared key for id " + sa.map(s -> String.valueOf(s.localId())).orElse("") + ", key len "
                + (intent == null || intent.params().localPsk() == null ? 0 : intent.params().localPsk().length));
        out.accept("IKEv2:[IKEv2 -> Crypto Engine] Generate IKEv2 authentication data");
        out.accept("IKEv2:[Crypto Engine -> IKEv2] IKEv2 authentication data generation PASSED");
        say(spi, "Get my authentication method");
        say(spi, "My authentication method is 'PSK'");
    }

    /** The peer's identity, policy and PSK verified (responder on IKE_AUTH, initiator on its response). */
    private void verifyPeer(long spi, PeerIntent intent, IkeSaSnapshot s, boolean passed) {
        String remote = s.remoteId() != null ? s.remoteId().toString() : s.remoteAddress().getAddress().getHostAddress();
        say(spi, "Searching policy based on peer's identity '" + remote + "' of type '"
                + IkeDebugText.idType(s.remoteId()) + "'");
        if (intent != null) {
            policy(intent);
        }
        say(spi, "Verify peer's policy");
        say(spi, "Peer's policy verified");
        say(spi, "Get peer's authentication method");
        say(spi, "Peer's authentication method is 'PSK'");
        say(spi, "Get peer's preshared key for " + remote);
        say(spi, "Verify peer's authentication data");
        say(spi, "Use preshared key for id " + remote + ", key len "
                + (intent == null || intent.params().remotePsk() == null ? 0 : intent.params().remotePsk().length));
        out.accept("IKEv2:[IKEv2 -> Crypto Engine] Generate IKEv2 authentication data");
        out.accept("IKEv2:[Crypto Engine -> IKEv2] IKEv2 authentication data generation PASSED");
        if (passed) {
            say(spi, "Verification of peer's authenctication data PASSED");
        }
    }

    private void authResponse(long spi, PeerIntent intent, Optional<IkeSaSnapshot> sa, String err) {
        if (sa.isEmpty() || "AUTHENTICATION_FAILED".equals(err)) {
            return; // the failure's own lines say what happened
        }
        IkeSaSnapshot s = sa.get();
        verifyPeer(spi, intent, s, true);
        say(spi, "Processing IKE_AUTH message");
        if (err != null) {
            return;
        }
        myAuth(spi, intent, sa);
        say(spi, "Generating IKE_AUTH message");
        say(spi, "Constructing IDr payload: '" + s.localId() + "' of type '" + IkeDebugText.idType(s.localId()) + "'");
        int i = 1;
        for (ChildSaSnapshot c : s.children()) {
            ChildProposal accepted = new ChildProposal(c.protocol(), List.of(c.encryption()),
                    c.integrity() == null ? List.of() : List.of(c.integrity()), List.of(), false);
            out.accept(IkeDebugText.espProposal(prefix(spi), i++, accepted));
        }
        if (s.children().isEmpty() && intent != null && !intent.templates().isEmpty()) {
            out.accept(IkeDebugText.espProposal(prefix(spi), 1, intent.templates().get(0).proposals().get(0)));
        }
    }

    // ---- messages received --------------------------------------------------------------------

    private void received(ExchangeInfo x) {
        flushDeferred();
        long spi = x.fromInitiator() ? x.responderSpi() : x.initiatorSpi();
        if (narrative() && livenessCheck(x)) {
            say(spi, "Received DPD/liveness query");
        }
        if (packets()) {
            out.accept(IkeDebugText.packet(spi == 0 ? "" : prefix(spi), x, false));
        }
        if (!narrative()) {
            return;
        }
        if ("IKE_AUTH".equals(x.exchange()) && !x.response()) {
            say(spi, "Stopping timer to wait for auth message");
        } else if ("IKE_AUTH".equals(x.exchange())) {
            say(spi, "Process auth response notify");
            String err = IkeDebugText.errorNotify(x);
            if (err == null || !err.equals("AUTHENTICATION_FAILED")) {
                authResponse.add(spi);
            }
            if (err != null && !err.equals("AUTHENTICATION_FAILED")) {
                out.accept("IKEv2-ERROR:" + prefix(spi)); // IOS prints it empty (reference 4.5)
            }
        } else if ("INFORMATIONAL".equals(x.exchange()) && x.response()) {
            say(spi, "Processing ACK to informational exchange");
        }
    }

    private void up(IkeSaSnapshot s, PeerIntent intent) {
        long spi = s.localSpi();
        if (authResponse.remove(spi)) {
            verifyPeer(spi, intent, s, true);
            say(spi, "Check for EAP exchange");
        }
        say(spi, "IKEV2 SA created; inserting SA into database. SA lifetime timer (" + s.lifetimeMillis() / 1000
                + " sec) started");
        say(spi, "Session with IKE ID PAIR (" + s.remoteId() + ", " + s.localId() + ") is UP");
        out.accept("IKEv2:IKEv2 MIB tunnel started, tunnel index " + index.ikeSa(spi));
        if (!s.children().isEmpty()) {
            say(spi, "Load IPSEC key material");
            out.accept("IKEv2:" + saPrefix(spi) + "[IKEv2 -> IPsec] Create IPsec SA into IPsec database");
        }
        say(spi, "Checking for duplicate IKEv2 SA");
        say(spi, "No duplicate IKEv2 SA found");
    }

    // ---- failures -----------------------------------------------------------------------------

    /**
     * A failure this router found itself (it answers with an error notify): its lines go around
     * the answer's packet block, as IOS prints them, so they wait for the next message sent.
     */
    private IkeEvent.Failure deferred;
    private PeerIntent deferredIntent;

    private void flushDeferred() {
        if (deferred != null) {
            IkeEvent.Failure f = deferred;
            deferred = null;
            failureBefore(f, deferredIntent);
            failureAfter(f);
        }
    }

    private void failure(IkeEvent.Failure f, PeerIntent intent) {
        flushDeferred();
        boolean answered = !f.sentByPeer() && f.notifyName() != null && !"INVALID_KE_PAYLOAD".equals(f.notifyName());
        if (answered) {
            deferred = f;
            deferredIntent = intent;
            return;
        }
        failureBefore(f, intent);
        failureAfter(f);
    }

    private static boolean initial(IkeEvent.Failure f) {
        return f.reason() != null && f.reason().contains("IKE_SA_INIT");
    }

    /** The lines before the answer (or all of them for a failure the peer reported). */
    private void failureBefore(IkeEvent.Failure f, PeerIntent intent) {
        long spi = f.localSpi();
        String err = "IKEv2-ERROR:" + (spi == 0 ? "" : prefix(spi));
        String n = f.notifyName() == null ? "" : f.notifyName();
        switch (n) {
            case "NO_PROPOSAL_CHOSEN" -> {
                if (f.sentByPeer()) {
                    out.accept(err + ": Received no proposal chosen notify");
                    if (initial(f) && narrative()) {
                        say(spi, "Failed SA init exchange");
                    }
                } else if (initial(f)) {
                    out.accept(err + "Received Policies: : Failed to find a matching policy"
                            + ProposalDebugText.received(f.reason(), false));
                    if (intent != null) {
                        out.accept(err + "Expected Policies: : Failed to find a matching policy"
                                + expected(intent.params().ikeProposals()));
                    }
                } else {
                    out.accept(err + "Received Policies: : Failed to find a matching policyESP: "
                            + ProposalDebugText.received(f.reason(), true));
                    if (intent != null) {
                        out.accept(err + "Expected Policies: : Failed to find a matching policyESP: "
                                + ProposalDebugText.expectedEsp(intent.templates()));
                    }
                }
            }
            case "AUTHENTICATION_FAILED" -> {
                if (!f.sentByPeer()) {
                    Optional<IkeSaSnapshot> sa = spi == 0 ? Optional.empty() : sas.apply(spi);
                    if (narrative() && sa.isPresent()) {
                        verifyPeer(spi, intent, sa.get(), false);
                    }
                }
                out.accept(err + ": Failed to authenticate the IKE SA");
                if (!f.sentByPeer() && narrative()) {
                    say(spi, "Verification of peer's authenctication data FAILED");
                    say(spi, "Sending authentication failure notify");
                }
            }
            case "TS_UNACCEPTABLE" -> {
                if (!f.sentByPeer()) {
                    out.accept(err + ": There was no IPSEC policy found for received TS");
                    if (narrative()) {
                        say(spi, "Sending TS unacceptable notify");
                    }
                } else {
                    out.accept(err + ": Received TS unacceptable notify");
                }
            }
            default -> out.accept(err + ": " + (n.isEmpty() ? "" : n + ": ") + f.reason());
        }
    }

    /** The lines after the answer went out. */
    private void failureAfter(IkeEvent.Failure f) {
        long spi = f.localSpi();
        String err = "IKEv2-ERROR:" + (spi == 0 ? "" : prefix(spi));
        String n = f.notifyName() == null ? "" : f.notifyName();
        boolean n9 = narrative();
        switch (n) {
            case "NO_PROPOSAL_CHOSEN" -> {
                if (initial(f)) {
                    if (n9 && !f.sentByPeer()) {
                        say(spi, "Failed SA init exchange");
                    }
                    out.accept(err + "Initial exchange failed: Initial exchange failed");
                    if (n9) {
                        say(spi, "Abort exchange");
                        if (spi == 0) {
                            say(spi, "Deleting SA"); // no SA was kept: no IkeSaDown follows
                        }
                    }
                } else if (n9 && f.sentByPeer()) {
                    say(spi, "Queuing IKE SA delete request reason: unknown");
                }
            }
            case "AUTHENTICATION_FAILED" -> {
                if (n9) {
                    say(spi, "Auth exchange failed");
                }
                out.accept(err + ": Auth exchange failed");
                if (n9) {
                    say(spi, "Abort exchange");
                }
            }
            case "TS_UNACCEPTABLE" -> {
                if (n9 && f.sentByPeer()) {
                    say(spi, "Queuing IKE SA delete request reason: unknown");
                }
            }
            default -> { }
        }
    }
}
