package iosim.ikev2.message;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** Test support: a message's payload list written the way charon logs it. */
final class CharonNames {

    private static final Map<NotifyType, String> ABBREVIATIONS = Map.ofEntries(
            Map.entry(NotifyType.INITIAL_CONTACT, "INIT_CONTACT"),
            Map.entry(NotifyType.MULTIPLE_AUTH_SUPPORTED, "MULT_AUTH"),
            Map.entry(NotifyType.EAP_ONLY_AUTHENTICATION, "EAP_ONLY"),
            Map.entry(NotifyType.IKEV2_MESSAGE_ID_SYNC_SUPPORTED, "MSG_ID_SYN_SUP"),
            Map.entry(NotifyType.NAT_DETECTION_SOURCE_IP, "NATD_S_IP"),
            Map.entry(NotifyType.NAT_DETECTION_DESTINATION_IP, "NATD_D_IP"),
            Map.entry(NotifyType.IKEV2_FRAGMENTATION_SUPPORTED, "FRAG_SUP"),
            Map.entry(NotifyType.SIGNATURE_HASH_ALGORITHMS, "HASH_ALG"),
            Map.entry(NotifyType.REDIRECT_SUPPORTED, "REDIR_SUP"),
            Map.entry(NotifyType.CHILDLESS_IKEV2_SUPPORTED, "CHDLESS_SUP"),
            Map.entry(NotifyType.NO_PROPOSAL_CHOSEN, "NO_PROP"),
            Map.entry(NotifyType.AUTHENTICATION_FAILED, "AUTH_FAILED"),
            Map.entry(NotifyType.TS_UNACCEPTABLE, "TS_UNACCEPT"),
            Map.entry(NotifyType.REKEY_SA, "REKEY_SA"));

    private CharonNames() {
    }

    static List<String> of(IkeMessage m) {
        return m.payloads().stream().map(CharonNames::of).collect(Collectors.toList());
    }

    static String of(Payload p) {
        if (p instanceof NotifyPayload n) {
            NotifyType t = n.notifyType().orElseThrow();
            return "N(" + ABBREVIATIONS.getOrDefault(t, t.name()) + ")";
        }
        return p.describe();
    }
}
