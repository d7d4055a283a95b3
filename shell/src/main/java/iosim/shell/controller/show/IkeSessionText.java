package iosim.shell.controller.show;

import iosim.ikev2.api.ChildSaSnapshot;
import iosim.ikev2.api.IkeSaSnapshot;
import iosim.ikev2.api.TrafficSelectorSpec;
import iosim.shell.controller.CryptoNames;
import java.util.List;
import java.util.function.Function;
import java.util.function.ToIntFunction;

/**
 * {@code show crypto ikev2 session [detailed]} (reference §3.10): per session a
 * {@code Session-id:N, Status:..., IKE count:N, CHILD count:N} line, the IKE SA as in
 * {@code show crypto ikev2 sa [detailed]}, then one {@code Child sa:} block per Child SA.
 */
public final class IkeSessionText {
    private IkeSessionText() {}

    public static String render(List<IkeSaSnapshot> sas, boolean detailed, ToIntFunction<Long> sessionId,
                                int windowSize, Function<IkeSaSnapshot, int[]> dpd, int fragmentMtu) {
        StringBuilder sb = new StringBuilder(" IPv4 Crypto IKEv2 Session \n\n");
        for (IkeSaSnapshot s : sas) {
            String ike = IkeSaText.status(s.state());
            List<ChildSaSnapshot> children = s.children();
            String status = ike.equals("READY") ? (children.isEmpty() ? "UP-IDLE" : "UP-ACTIVE")
                    : ike.equals("IN-NEG") ? "DOWN-NEGOTIATING" : "DOWN";
            sb.append("Session-id:").append(sessionId.applyAsInt(s.localSpi())).append(", Status:").append(status)
                    .append(", IKE count:1, CHILD count:").append(children.size()).append("\n\n");
            sb.append(IkeSaText.HEADER);
            IkeSaText.block(sb, s, detailed, sessionId, windowSize, dpd, fragmentMtu);
            if (!detailed) {
                sb.append('\n');
            }
            for (ChildSaSnapshot c : children) {
                child(sb, c, detailed);
            }
        }
        sb.append(" IPv6 Crypto IKEv2 Session \n\n");
        return sb.toString();
    }

    private static void child(StringBuilder sb, ChildSaSnapshot c, boolean detailed) {
        sb.append("Child sa: \n");
        sb.append("          local selector       ->      remote selector\n");
        int n = Math.max(c.localSelectors().size(), c.remoteSelectors().size());
        for (int i = 0; i < n; i++) {
            TrafficSelectorSpec l = c.localSelectors().get(Math.min(i, c.localSelectors().size() - 1));
            TrafficSelectorSpec r = c.remoteSelectors().get(Math.min(i, c.remoteSelectors().size() - 1));
            sb.append("          ").append(selector(l)).append("    ->    ").append(selector(r)).append('\n');
        }
        sb.append(String.format("          ESP spi in/out: 0x%X/0x%X  %n", c.inboundSpi(), c.outboundSpi()));
        if (detailed) {
            sb.append("          AH spi in/out: 0x0/0x0  \n");
            sb.append("          CPI in/out: 0x0/0x0  \n");
            String keysize = c.encryption() == null ? "0" : String.valueOf(c.encryption().keyBits());
            String hmac = c.integrity() == null ? "None" : CryptoNames.showHash(c.integrity());
            sb.append("          Encr: ").append(CryptoNames.showCipher(c.encryption())).append(", keysize: ")
                    .append(keysize).append(", esp_hmac: ").append(hmac).append('\n');
            sb.append("          ah_hmac: None, comp: IPCOMP_NONE, mode ")
                    .append(c.mode() == null ? "tunnel" : c.mode().name().toLowerCase(java.util.Locale.ROOT))
                    .append('\n');
        }
        sb.append('\n');
    }

    /** {@code 10.0.0.0/0 - 10.0.0.255/65535}: start address/start port - end address/end port. */
    static String selector(TrafficSelectorSpec t) {
        return t.startAddress().getHostAddress() + "/" + t.startPort() + " - " + t.endAddress().getHostAddress() + "/"
                + t.endPort();
    }
}
