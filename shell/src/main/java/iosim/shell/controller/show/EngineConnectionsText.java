package iosim.shell.controller.show;

import iosim.dataplane.ipsec.IpsecFlowSnapshot;
import iosim.dataplane.ipsec.IpsecSaSnapshot;
import iosim.dataplane.ipsec.Ipv4Addresses;
import iosim.ikev2.api.IkeSaSnapshot;
import iosim.shell.controller.CryptoNames;
import java.util.List;
import iosim.shell.controller.tunnel.ConnIds;

/** {@code show crypto engine connections active} (reference §3.10): IPsec SAs 2001.., IKE SAs 1001... (conn ids from {@link ConnIds}) */
public final class EngineConnectionsText {
    private EngineConnectionsText() {}

    public static String render(List<IpsecFlowSnapshot> flows, List<IkeSaSnapshot> ikes, ConnIds ids) {
        StringBuilder sb = new StringBuilder("Crypto Engine Connections\n\n");
        sb.append("   ID  Type    Algorithm           Encrypt  Decrypt LastSeqN IP-Address\n");
        java.util.Map<Integer, String> byId = new java.util.TreeMap<>();
        for (IpsecFlowSnapshot f : flows) {
            String local = Ipv4Addresses.format(f.localAddress());
            for (IpsecSaSnapshot in : f.inbound()) {
                byId.put(ids.inbound(in.spi()), row(ids.inbound(in.spi()), "IPsec", algorithm(EspText.transform(in)), 0, f.counters().decaps(),
                        in.sequence(), local));
            }
            for (IpsecSaSnapshot out : f.outbound()) {
                int id = ids.outbound(f.peer(), out.spi());
                byId.put(id, row(id, "IPsec", algorithm(EspText.transform(out)), f.counters().encaps(), 0,
                        Math.max(0, out.sequence() - 1), local));
            }
        }
        byId.values().forEach(sb::append);
        for (IkeSaSnapshot s : ikes) {
            String alg = CryptoNames.showPrf(s.prf()) + "+" + CryptoNames.showCipher(s.encryption()).replace("-CBC", "")
                    .replace("-", "") + (s.encryption() == null ? "" : s.encryption().keyBits());
            sb.append(row(ConnIds.IKE_ENGINE_BASE + ids.ikeSa(s.localSpi()), "IKEv2", alg, 0, 0, 0,
                    s.localAddress().getAddress().getHostAddress()));
        }
        return sb.toString();
    }

    private static String row(int id, String type, String alg, long enc, long dec, long seq, String addr) {
        return String.format("%5d  %-7s %-18s%9d%9d%9d %s%n", id, type, alg, enc, dec, seq, addr);
    }

    /** {@code esp-256-aes esp-sha256-hmac} -> {@code AES256+SHA256}; {@code esp-gcm} -> {@code AES-GCM}. */
    static String algorithm(String transform) {
        String enc = transform.contains("gcm") ? "AES-GCM" : transform.contains("256-aes") ? "AES256"
                : transform.contains("192-aes") ? "AES192" : transform.contains("aes") ? "AES" : "NULL";
        String mac = transform.contains("sha512") ? "+SHA512" : transform.contains("sha384") ? "+SHA384"
                : transform.contains("sha256") ? "+SHA256" : transform.contains("sha-hmac") ? "+SHA" : "";
        return enc + mac;
    }
}
