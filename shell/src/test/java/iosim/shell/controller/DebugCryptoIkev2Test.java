package iosim.shell.controller;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code debug crypto ikev2} and {@code debug crypto ipsec} as IOS-XE prints them (reference
 * §4.2-4.7, 4.10): the seed lab's negotiation and the four troubleshooting labs, each router's
 * debug lines checked in IOS's order.
 */
class DebugCryptoIkev2Test {
    @TempDir
    Path tmp;
    LabFixture lab;

    @AfterEach
    void down() {
        if (lab != null) {
            lab.close();
        }
    }

    private void run(String labDir, boolean succeeds) {
        lab = new LabFixture(tmp);
        lab.boot("SITE-A", labDir + "/SITE-A.cfg");
        lab.boot("ISP", labDir + "/ISP.cfg");
        lab.boot("SITE-B", labDir + "/SITE-B.cfg");
        lab.link("SITE-A", "GigabitEthernet0/0", "ISP", "GigabitEthernet0/0");
        lab.link("ISP", "GigabitEthernet0/1", "SITE-B", "GigabitEthernet0/0");
        lab.settle();
        assertThat(lab.prime("SITE-A", "203.0.113.1")).isTrue();
        assertThat(lab.prime("SITE-B", "203.0.113.17")).isTrue();
        for (String r : new String[] {"SITE-A", "SITE-B"}) {
            lab.get(r).router().debug().set(CryptoDebug.DEFAULT, true);
            lab.get(r).router().debug().set(CryptoDebug.IPSEC, true);
        }
        StringBuilder out = new StringBuilder();
        int ok = lab.get("SITE-A").exec().ping(new PingRunner.Options("10.0.0.1", "GigabitEthernet0/1", succeeds ? 5 : 2, 100, succeeds ? 2 : 1, false),
                out::append);
        assertThat(ok > 0).as(out.toString()).isEqualTo(succeeds);
        lab.settle();
    }

    /** The router's log with timestamps cut, one string per line (multi-line entries split). */
    private List<String> log(String router) {
        String all = String.join("\n", lab.get(router).router().syslog().lines());
        return List.of(all.replaceAll("(?m)^\\*[A-Z][a-z]{2} [ 0-9]\\d \\d\\d:\\d\\d:\\d\\d\\.\\d{3}: ", "").split("\n"));
    }

    private static void inOrder(List<String> log, String... lines) {
        int at = 0;
        for (String l : lines) {
            int found = -1;
            for (int i = at; i < log.size(); i++) {
                if (log.get(i).equals(l)) {
                    found = i;
                    break;
                }
            }
            assertThat(found).as("line after #%d: %s%nin%n%s", at, l, String.join("\n", log)).isGreaterThanOrEqualTo(0);
            at = found + 1;
        }
    }

    private static final String S = "IKEv2:(SESSION ID = 1,SA ID = 1):";
    private static final String E = "IKEv2-ERROR:(SESSION ID = 1,SA ID = 1):";

    @Test
    void seedNegotiationAsIosXePrintsIt() {
        run("seed-site-to-site", true);
        List<String> a = log("SITE-A");
        inOrder(a, "IPSEC(sa_request): ,",
                "  (key eng. msg.) OUTBOUND local= 203.0.113.10:500, remote= 203.0.113.20:500,",
                "    local_proxy= 192.168.1.0/255.255.255.0/256/0,",
                "    remote_proxy= 10.0.0.0/255.255.255.0/256/0,",
                "    protocol= ESP, transform= esp-aes 256 esp-sha256-hmac  (Tunnel), ",
                "    lifedur= 3600s and 4608000kb, ",
                "IKEv2:% Getting preshared key from profile keyring MY-KEYS",
                "IKEv2:% Matched peer block 'SITE-B'",
                "IKEv2:Searching Policy with fvrf 0, local address 203.0.113.10",
                "IKEv2:Found Policy '10'",
                S + "[IKEv2 -> Crypto Engine] Computing DH public key, DH Group 14",
                "IKEv2:(SA ID = 1):[Crypto Engine -> IKEv2] DH key Computation PASSED",
                S + "Generating IKE_SA_INIT message",
                S + "IKE Proposal: 1, SPI size: 0 (initial negotiation), ",
                "Num. transforms: 4",
                "   AES-CBC   SHA256   SHA256   DH_GROUP_2048_MODP/Group 14 ",
                S + "Sending Packet [To 203.0.113.20:500/From 203.0.113.10:500/VRF i0:f0] ",
                "IKEv2 IKE_SA_INIT Exchange REQUEST ",
                "Payload contents: ",
                " SA KE N VID VID VID VID NOTIFY(NAT_DETECTION_SOURCE_IP) NOTIFY(NAT_DETECTION_DESTINATION_IP) ",
                S + "Insert SA",
                S + "Received Packet [From 203.0.113.20:500/To 203.0.113.10:500/VRF i0:f0] ",
                "IKEv2 IKE_SA_INIT Exchange RESPONSE ",
                S + "Checking NAT discovery",
                S + "NAT not found",
                S + "Completed SA init exchange",
                S + "Use preshared key for id 203.0.113.10, key len 9",
                S + "Generating IKE_AUTH message",
                S + "Constructing IDi payload: '203.0.113.10' of type 'IPv4 address'",
                S + "ESP Proposal: 1, SPI size: 4 (IPSec negotiation), ",
                "Num. transforms: 3",
                "   AES-CBC   SHA256   Don't use ESN",
                S + "Building packet for encryption.  ",
                "Payload contents: ",
                S + "Sending Packet [To 203.0.113.20:500/From 203.0.113.10:500/VRF i0:f0] ",
                "IKEv2 IKE_AUTH Exchange REQUEST ",
                "Payload contents: ",
                " ENCR ",
                S + "Received Packet [From 203.0.113.20:500/To 203.0.113.10:500/VRF i0:f0] ",
                "IKEv2 IKE_AUTH Exchange RESPONSE ",
                S + "Process auth response notify",
                S + "Searching policy based on peer's identity '203.0.113.20' of type 'IPv4 address'",
                S + "Use preshared key for id 203.0.113.20, key len 9",
                S + "Verification of peer's authenctication data PASSED",
                S + "IKEV2 SA created; inserting SA into database. SA lifetime timer (86400 sec) started",
                S + "Session with IKE ID PAIR (203.0.113.20, 203.0.113.10) is UP",
                "IKEv2:IKEv2 MIB tunnel started, tunnel index 1",
                S + "Checking for duplicate IKEv2 SA",
                S + "No duplicate IKEv2 SA found",
                "IPSEC(create_sa): sa created,",
                "  (sa) sa_dest= 203.0.113.10, sa_proto= 50, ",
                "    sa_lifetime(k/sec)= (4608000/3600),",
                "IPSEC(create_sa): sa created,",
                "  (sa) sa_dest= 203.0.113.20, sa_proto= 50, ");
        long ikeLines = a.stream().filter(l -> l.startsWith("IKEv2")).count();
        assertThat(ikeLines).as("IOS-XE prints about 60 IKEv2 lines per tunnel").isGreaterThanOrEqualTo(55);
        assertThat(a).noneMatch(l -> l.contains("N(NATD") || l.contains(" No "));
        List<String> b = log("SITE-B");
        inOrder(b, "IKEv2:Received Packet [From 203.0.113.10:500/To 203.0.113.20:500/VRF i0:f0] ",
                "Initiator SPI : " + b.stream().filter(l -> l.startsWith("Initiator SPI : ")).findFirst().orElseThrow()
                        .substring(16, 32) + " - Responder SPI : 0000000000000000 Message id: 0",
                S + "Verify SA init message",
                S + "Insert SA",
                "IKEv2:Searching Policy with fvrf 0, local address 203.0.113.20",
                S + "Processing IKE_SA_INIT message",
                S + "Generating IKE_SA_INIT message",
                S + "Sending Packet [To 203.0.113.10:500/From 203.0.113.20:500/VRF i0:f0] ",
                S + "Completed SA init exchange",
                S + "Starting timer (30 sec) to wait for auth message",
                S + "Stopping timer to wait for auth message",
                S + "Verification of peer's authenctication data PASSED",
                S + "Processing IKE_AUTH message",
                S + "Constructing IDr payload: '203.0.113.20' of type 'IPv4 address'",
                S + "ESP Proposal: 1, SPI size: 4 (IPSec negotiation), ",
                S + "Building packet for encryption.  ",
                S + "Sending Packet [To 203.0.113.10:500/From 203.0.113.20:500/VRF i0:f0] ",
                S + "Session with IKE ID PAIR (203.0.113.10, 203.0.113.20) is UP");
    }

    @Test
    void phase1MismatchOnBothEnds() {
        run("phase1-mismatch", false);
        inOrder(log("SITE-A"), " NOTIFY(NO_PROPOSAL_CHOSEN) ",
                E + ": Received no proposal chosen notify",
                S + "Failed SA init exchange",
                E + "Initial exchange failed: Initial exchange failed",
                S + "Abort exchange",
                S + "Deleting SA");
        inOrder(log("SITE-B"), "IKEv2:Processing IKE_SA_INIT message",
                "IKEv2-ERROR:Received Policies: : Failed to find a matching policyProposal 1:  ENCRYPTION: AES-CBC-256"
                        + " PRF: SHA256 INTEGRITY: SHA256 DH GROUP: DH_GROUP_2048_MODP/Group 14",
                "IKEv2-ERROR:Expected Policies: : Failed to find a matching policyProposal 1:  ENCRYPTION: AES-CBC-128"
                        + " PRF: SHA256 INTEGRITY: SHA256 DH GROUP: DH_GROUP_2048_MODP/Group 14",
                "IKEv2:Sending Packet [To 203.0.113.10:500/From 203.0.113.20:500/VRF i0:f0] ",
                " NOTIFY(NO_PROPOSAL_CHOSEN) ",
                "IKEv2:Failed SA init exchange",
                "IKEv2-ERROR:Initial exchange failed: Initial exchange failed",
                "IKEv2:Abort exchange",
                "IKEv2:Deleting SA");
    }

    @Test
    void phase2TransformMismatch() {
        run("phase2-transform-mismatch", false);
        inOrder(log("SITE-A"), " IDr AUTH NOTIFY(NO_PROPOSAL_CHOSEN) ",
                S + "Process auth response notify",
                E,
                S + "Verification of peer's authenctication data PASSED",
                S + "IKEV2 SA created; inserting SA into database. SA lifetime timer (86400 sec) started",
                S + "No duplicate IKEv2 SA found",
                E + ": Received no proposal chosen notify",
                S + "Queuing IKE SA delete request reason: unknown");
        inOrder(log("SITE-B"), S + "Stopping timer to wait for auth message",
                S + "Verification of peer's authenctication data PASSED",
                S + "Processing IKE_AUTH message",
                E + "Received Policies: : Failed to find a matching policyESP: Proposal 1:  AES-CBC-256 SHA256 Don't use ESN",
                E + "Expected Policies: : Failed to find a matching policyESP: Proposal 1:  AES-CBC-128 SHA96 Don't use ESN",
                S + "Building packet for encryption.  ",
                "Payload contents: ",
                " IDr AUTH NOTIFY(NO_PROPOSAL_CHOSEN) ");
    }

    @Test
    void pskMismatch() {
        run("psk-mismatch", false);
        inOrder(log("SITE-B"), S + "Verify peer's authentication data",
                S + "Use preshared key for id 203.0.113.10, key len 9",
                "IKEv2:[IKEv2 -> Crypto Engine] Generate IKEv2 authentication data",
                "IKEv2:[Crypto Engine -> IKEv2] IKEv2 authentication data generation PASSED",
                E + ": Failed to authenticate the IKE SA",
                S + "Verification of peer's authenctication data FAILED",
                S + "Sending authentication failure notify",
                S + "Building packet for encryption.  ",
                "Payload contents: ",
                " NOTIFY(AUTHENTICATION_FAILED) ",
                S + "Sending Packet [To 203.0.113.10:500/From 203.0.113.20:500/VRF i0:f0] ",
                S + "Auth exchange failed",
                E + ": Auth exchange failed",
                S + "Abort exchange",
                S + "Deleting SA");
        inOrder(log("SITE-A"), " NOTIFY(AUTHENTICATION_FAILED) ",
                S + "Process auth response notify",
                E + ": Failed to authenticate the IKE SA",
                E + ": Auth exchange failed",
                S + "Deleting SA");
    }

    @Test
    void aclMismatch() {
        run("acl-mismatch", false);
        inOrder(log("SITE-B"), S + "Verification of peer's authenctication data PASSED",
                S + "Processing IKE_AUTH message",
                E + ": There was no IPSEC policy found for received TS",
                S + "Sending TS unacceptable notify",
                S + "Building packet for encryption.  ",
                "Payload contents: ",
                " IDr AUTH NOTIFY(TS_UNACCEPTABLE) ");
        inOrder(log("SITE-A"), " IDr AUTH NOTIFY(TS_UNACCEPTABLE) ",
                S + "Process auth response notify",
                E,
                E + ": Received TS unacceptable notify");
    }
}
