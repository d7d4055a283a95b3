package iosim.shell.controller;

import iosim.shell.controller.tunnel.PeerIntent;
import iosim.ikev2.api.ChildProposal;
import iosim.ikev2.api.ChildSaKeys;
import iosim.ikev2.api.EncryptionAlgorithm;
import iosim.ikev2.api.IntegrityAlgorithm;
import iosim.ikev2.api.IpsecMode;
import iosim.ikev2.api.TrafficSelectorSpec;
import iosim.shell.controller.tunnel.SpiText;
import java.util.List;

/**
 * {@code debug crypto ipsec} entries (reference §4.10): {@code IPSEC(sa_request)} with the proxies,
 * transform and lifetimes asked for, and the {@code IPSEC(create_sa)} pair (inbound, then
 * outbound) of each installed Child SA. Proxies print "any protocol" as 256, as IOS's debug does.
 * Connection ids are the pair's {@link iosim.shell.controller.tunnel.ConnIds} (inbound, outbound = inbound + 1).
 */
final class IpsecDebugText {

    String saRequest(PeerIntent p, PeerIntent.Flow f) {
        String local = p.params().local().getAddress().getHostAddress();
        String remote = CryptoCompiler.inet(p.peer()).getHostAddress();
        ChildProposal c = f.child().proposals().get(0);
        return "IPSEC(sa_request): ,\n  (key eng. msg.) OUTBOUND local= " + local + ":500, remote= " + remote
                + ":500,\n    local_proxy= " + proxy(f.child().localSelectors().get(0)) + ",\n    remote_proxy= "
                + proxy(f.child().remoteSelectors().get(0)) + ",\n    protocol= ESP, transform= "
                + transform(c.encryption().get(0), c.integrity().isEmpty() ? null : c.integrity().get(0)) + " ("
                + mode(f.child().mode()) + "), \n    lifedur= " + f.lifetimeSeconds() + "s and "
                + f.lifetimeKilobytes() + "kb, \n    spi= 0x0(0), conn_id= 0, keysize= "
                + c.encryption().get(0).keyBits() + ", flags= 0x0";
    }

    List<String> createSa(ChildSaKeys k, int connId, long lifetimeSeconds, long lifetimeKilobytes) {
        String local = k.localAddress().getAddress().getHostAddress();
        String remote = k.remoteAddress().getAddress().getHostAddress();
        String identity = "  (identity) local= " + local + ":0, remote= " + remote + ":0,\n    local_proxy= "
                + proxy(k.localSelectors().get(0)) + ",\n    remote_proxy= " + proxy(k.remoteSelectors().get(0));
        String trans = transform(k.encryption(), k.integrity());
        String life = "    sa_lifetime(k/sec)= (" + lifetimeKilobytes + "/" + lifetimeSeconds + "),\n";
        String in = "IPSEC(create_sa): sa created,\n  (sa) sa_dest= " + local + ", sa_proto= 50, \n    sa_spi= "
                + SpiText.esp(k.inboundSpi()) + ", \n    sa_trans= " + trans + ", sa_conn_id= "
                + connId + "\n" + life + identity;
        String out = "IPSEC(create_sa): sa created,\n  (sa) sa_dest= " + remote + ", sa_proto= 50, \n    sa_spi= "
                + SpiText.esp(k.outboundSpi()) + ", \n    sa_trans= " + trans + ", sa_conn_id= "
                + (connId + 1) + "\n" + life + identity;
        return List.of(in, out);
    }

    /** {@code 192.168.1.0/255.255.255.0/256/0}: address/mask/protocol (256 = any)/port. */
    static String proxy(TrafficSelectorSpec t) {
        byte[] s = t.startAddress().getAddress();
        byte[] e = t.endAddress().getAddress();
        int a = ((s[0] & 0xff) << 24) | ((s[1] & 0xff) << 16) | ((s[2] & 0xff) << 8) | (s.length > 3 ? s[3] & 0xff : 0);
        int b = ((e[0] & 0xff) << 24) | ((e[1] & 0xff) << 16) | ((e[2] & 0xff) << 8) | (e.length > 3 ? e[3] & 0xff : 0);
        int mask = ~(a ^ b);
        String m = ((mask >>> 24) & 0xff) + "." + ((mask >>> 16) & 0xff) + "." + ((mask >>> 8) & 0xff) + "." + (mask & 0xff);
        int port = t.startPort() == 0 && t.endPort() == 65535 ? 0 : t.startPort();
        return t.startAddress().getHostAddress() + "/" + m + "/" + (t.ipProtocol() == 0 ? 256 : t.ipProtocol()) + "/"
                + port;
    }

    /** The transform as a transform-set names it: {@code esp-aes 256 esp-sha256-hmac }. */
    static String transform(EncryptionAlgorithm e, IntegrityAlgorithm i) {
        String enc = switch (e) {
            case AES_CBC_128, AES_CBC_192, AES_CBC_256 -> "esp-aes " + e.keyBits();
            case CHACHA20_POLY1305 -> "esp-chacha20-poly1305";
            default -> "esp-gcm " + e.keyBits();
        };
        String integ = i == null ? "" : switch (i) {
            case HMAC_SHA1_96 -> "esp-sha-hmac";
            case HMAC_SHA2_256_128 -> "esp-sha256-hmac";
            case HMAC_SHA2_384_192 -> "esp-sha384-hmac";
            case HMAC_SHA2_512_256 -> "esp-sha512-hmac";
            default -> "esp-" + i.name().toLowerCase(java.util.Locale.ROOT);
        };
        return enc + " " + integ + (integ.isEmpty() ? "" : " ");
    }

    private static String mode(IpsecMode m) {
        return m == IpsecMode.TRANSPORT ? "Transport" : "Tunnel";
    }
}
