package iosim.shell.controller;

import iosim.shell.controller.tunnel.PeerIntent;
import static org.assertj.core.api.Assertions.assertThat;

import iosim.config.RunningConfig;
import iosim.config.model.AccessList;
import iosim.config.model.AclAction;
import iosim.config.model.AclAddress;
import iosim.config.model.AclRule;
import iosim.config.model.CryptoMap;
import iosim.config.model.CryptoMapEntry;
import iosim.config.model.IkeIdentity;
import iosim.config.model.Ikev2Keyring;
import iosim.config.model.Ikev2KeyringPeer;
import iosim.config.model.Ikev2Policy;
import iosim.config.model.Ikev2Profile;
import iosim.config.model.Ikev2Proposal;
import iosim.config.model.InterfaceAddress;
import iosim.config.model.InterfaceConfig;
import iosim.config.model.InterfaceName;
import iosim.config.model.InterfaceType;
import iosim.config.model.Ipv4;
import iosim.config.model.PresharedKey;
import iosim.config.model.TransformSet;
import iosim.ikev2.api.EncryptionAlgorithm;
import iosim.ikev2.api.KeyExchangeGroup;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Config -> engine parameters: IOS's proposal selection, keyring lookup, one SPD entry per ACL line. */
class CryptoCompilerTest {
    private static Ipv4 ip(String s) {
        return Ipv4.parse(s).orElseThrow();
    }

    private static RunningConfig seed() {
        RunningConfig c = new RunningConfig();
        RunningConfig.Mutable m = c.mutable();
        Ikev2Proposal p = new Ikev2Proposal("P128");
        p.setEncryption(List.of("aes-cbc-128"));
        p.setIntegrity(List.of("sha256"));
        p.setGroups(List.of(19));
        m.ikev2Proposals().put("P128", p);
        Ikev2Keyring kr = new Ikev2Keyring("KR");
        Ikev2KeyringPeer any = kr.peerOrCreate("ANY");
        any.setAddress(ip("0.0.0.0"), ip("0.0.0.0"));
        any.setPresharedKey(new PresharedKey(0, "wildcard"));
        Ikev2KeyringPeer b = kr.peerOrCreate("B");
        b.setAddress(ip("203.0.113.20"), null);
        b.setLocalKey(new PresharedKey(0, "mine"));
        b.setRemoteKey(new PresharedKey(0, "theirs"));
        m.ikev2Keyrings().put("KR", kr);
        Ikev2Profile prof = new Ikev2Profile("PROF");
        prof.addMatchIdentity(new IkeIdentity("address", "203.0.113.20", ip("255.255.255.255"), false));
        prof.setAuthenticationLocal("pre-share");
        prof.addAuthenticationRemote("pre-share");
        prof.setKeyring("KR");
        m.ikev2Profiles().put("PROF", prof);
        TransformSet ts = new TransformSet("TS");
        ts.setTransforms(null, "esp-gcm", 256, null);
        m.transformSets().put("TS", ts);
        AccessList acl = new AccessList("VPN", true);
        acl.put(10, new AclRule(null, AclAction.DENY, 6, AclAddress.ANY, null, AclAddress.ANY, null, null, false, false));
        acl.put(20, new AclRule(null, AclAction.PERMIT, 0, new AclAddress(ip("10.1.0.0"), ip("0.0.255.255")), null,
                new AclAddress(ip("10.2.2.0"), ip("0.0.0.255")), null, null, false, false));
        acl.put(30, new AclRule(null, AclAction.PERMIT, 0, AclAddress.host(ip("10.1.1.1")), null,
                AclAddress.host(ip("10.3.3.3")), null, null, false, false));
        m.accessLists().put("VPN", acl);
        CryptoMap map = new CryptoMap("CMAP");
        CryptoMapEntry e = map.entryOrCreate(10);
        e.addPeer(ip("203.0.113.20"));
        e.setMatchAddress("VPN");
        e.settings().setTransformSets(List.of("TS"));
        e.settings().setIkev2Profile("PROF");
        e.settings().setPfsGroup("group14");
        m.cryptoMaps().put("CMAP", map);
        InterfaceConfig gi = c.iface(new InterfaceName(InterfaceType.GIGABIT_ETHERNET, "0/0"));
        gi.setAddress(new InterfaceAddress(ip("203.0.113.10"), ip("255.255.255.0")));
        gi.setCryptoMap("CMAP");
        return c;
    }

    @Test
    void aProposalWithoutPolicyDoesNotCount() {
        RunningConfig c = seed();
        IkeProposals.Selection s = IkeProposals.select(c, ip("203.0.113.10"));
        assertThat(s.policyName()).isEqualTo("default");
        assertThat(s.engineProposals().get(0).encryption()).containsExactly(EncryptionAlgorithm.AES_CBC_256);
        assertThat(s.engineProposals().get(0).groups()).containsExactly(KeyExchangeGroup.ECP_256,
                KeyExchangeGroup.MODP_2048, KeyExchangeGroup.ECP_521);

        Ikev2Policy pol = new Ikev2Policy("POL");
        pol.addProposal("P128");
        pol.addMatchAddressLocal(ip("198.51.100.1"));
        c.mutable().ikev2Policies().put("POL", pol);
        assertThat(IkeProposals.select(c, ip("203.0.113.10")).policyName()).as("other local address").isEqualTo("default");
        assertThat(IkeProposals.select(c, ip("198.51.100.1")).policyName()).isEqualTo("POL");
        assertThat(IkeProposals.select(c, ip("198.51.100.1")).engineProposals().get(0).encryption())
                .containsExactly(EncryptionAlgorithm.AES_CBC_128);
    }

    @Test
    void keyringPrefersTheLongestAddressMatchAndSplitsDirections() {
        RunningConfig c = seed();
        Ikev2Profile prof = c.ikev2Profiles().get("PROF");
        PskLookup.Keys b = PskLookup.find(c, prof, ip("203.0.113.20"), null);
        assertThat(new String(b.local(), StandardCharsets.UTF_8)).isEqualTo("mine");
        assertThat(new String(b.remote(), StandardCharsets.UTF_8)).isEqualTo("theirs");
        assertThat(b.peerBlock()).isEqualTo("B");
        PskLookup.Keys other = PskLookup.find(c, prof, ip("192.0.2.7"), null);
        assertThat(other.peerBlock()).isEqualTo("ANY");
        assertThat(new String(other.local(), StandardCharsets.UTF_8)).isEqualTo("wildcard");
    }

    @Test
    void profileInlineKeysComeFirstPerDirection() {
        RunningConfig c = seed();
        Ikev2Profile prof = c.ikev2Profiles().get("PROF");
        prof.setLocalKey(new PresharedKey(0, "inline-local"));
        PskLookup.Keys k = PskLookup.find(c, prof, ip("203.0.113.20"), null);
        assertThat(new String(k.local(), StandardCharsets.UTF_8)).isEqualTo("inline-local");
        assertThat(new String(k.remote(), StandardCharsets.UTF_8)).as("keyring still gives the other direction")
                .isEqualTo("theirs");
        prof.setRemoteKey(new PresharedKey(0, "inline-remote"));
        prof.setKeyring(null);
        PskLookup.Keys both = PskLookup.find(c, prof, ip("203.0.113.20"), null);
        assertThat(new String(both.remote(), StandardCharsets.UTF_8)).isEqualTo("inline-remote");
        assertThat(both.peerBlock()).isNull();
    }

    @Test
    void oneProtectEntryPerPermitLineAndBypassForDeny() {
        CompiledCrypto cc = CryptoCompiler.compile(seed());
        assertThat(cc.problems()).isEmpty();
        var policy = cc.policies().get("GigabitEthernet0/0");
        assertThat(policy.entries()).extracting(e -> e.action().name()).containsExactly("BYPASS", "PROTECT", "PROTECT");
        PeerIntent p = cc.peers().get(0);
        assertThat(p.flows()).hasSize(2);
        assertThat(p.flows().get(0).child().localSelectors().get(0).toString()).contains("10.1.0.0-10.1.255.255");
        assertThat(p.flows().get(1).child().remoteSelectors().get(0).toString()).contains("10.3.3.3-10.3.3.3");
        assertThat(p.flows().get(0).child().proposals().get(0).encryption())
                .containsExactly(EncryptionAlgorithm.AES_GCM_16_256);
        assertThat(p.flows().get(0).child().proposals().get(0).pfsGroups()).containsExactly(KeyExchangeGroup.MODP_2048);
        assertThat(p.params().remoteId().toString()).isEqualTo("203.0.113.20");
    }

    @Test
    void aNamedRemoteIdentityIsRequiredAndFindsItsKeyringBlock() {
        RunningConfig c = seed();
        Ikev2Keyring kr = c.ikev2Keyrings().get("KR");
        kr.removePeer("B");
        kr.removePeer("ANY");
        Ikev2KeyringPeer byName = kr.peerOrCreate("BYNAME");
        byName.setIdentity(IkeIdentity.of("fqdn", "r2.example"));
        byName.setPresharedKey(new PresharedKey(0, "named-key"));
        Ikev2Profile prof = new Ikev2Profile("PROF");
        prof.addMatchIdentity(new IkeIdentity("fqdn", "r2.example", null, false));
        prof.setAuthenticationLocal("pre-share");
        prof.addAuthenticationRemote("pre-share");
        prof.setKeyring("KR");
        c.mutable().ikev2Profiles().put("PROF", prof);
        CompiledCrypto cc = CryptoCompiler.compile(c);
        assertThat(cc.problems()).isEmpty();
        PeerIntent p = cc.peers().get(0);
        assertThat(p.params().remoteId().toString()).isEqualTo("r2.example");
        assertThat(new String(p.params().localPsk(), StandardCharsets.UTF_8)).isEqualTo("named-key");

        prof.addMatchIdentity(new IkeIdentity("fqdn", "example", null, true));
        assertThat(CryptoCompiler.remoteIdentity(prof, ip("203.0.113.20"))).as("a domain match lets any in").isNull();
    }

    @Test
    void twoEntriesToOnePeerShareOneSessionAndEveryLineIsATemplate() {
        RunningConfig c = seed();
        CryptoMapEntry e20 = c.cryptoMaps().get("CMAP").entryOrCreate(20);
        e20.addPeer(ip("203.0.113.20"));
        e20.addPeer(ip("203.0.113.30"));
        e20.setMatchAddress("VPN");
        e20.settings().setIkev2Profile("PROF");
        CompiledCrypto cc = CryptoCompiler.compile(c);
        assertThat(cc.problems()).isEmpty();
        assertThat(cc.peers()).extracting(PeerIntent::sessionName)
                .containsExactly("CMAP/GigabitEthernet0/0/203.0.113.20", "CMAP/GigabitEthernet0/0/203.0.113.30");
        PeerIntent first = cc.peers().get(0);
        assertThat(first.flows()).hasSize(4);
        assertThat(first.templates()).hasSize(4);
        assertThat(first.flows().get(2).peers()).hasSize(2);
        assertThat(cc.peers().get(1).flows()).hasSize(2);
    }

    @Test
    void incompleteMapIsReportedNotCompiled() {
        RunningConfig c = seed();
        c.cryptoMaps().get("CMAP").entry(10).setMatchAddress("MISSING");
        CompiledCrypto cc = CryptoCompiler.compile(c);
        assertThat(cc.peers()).isEmpty();
        assertThat(cc.problems()).containsExactly("crypto map CMAP 10: access list MISSING does not exist");
    }

    @Test
    void cookieChallengeIsTheEnginesCookieThresholdAndNoneWithoutIt() {
        RunningConfig c = seed();
        assertThat(CryptoCompiler.cookieThreshold(c)).isEqualTo(Integer.MAX_VALUE);
        c.ikev2Globals().setCookieChallenge(5);
        assertThat(CryptoCompiler.cookieThreshold(c)).isEqualTo(5);
    }
}
