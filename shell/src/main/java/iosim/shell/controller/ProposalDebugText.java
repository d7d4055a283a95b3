package iosim.shell.controller;

import iosim.ikev2.api.ChildProposal;
import iosim.ikev2.api.ChildSessionParams;
import iosim.ikev2.api.KeyExchangeGroup;
import java.util.List;
import java.util.Locale;

/**
 * The {@code Received Policies} / {@code Expected Policies} text of a NO_PROPOSAL_CHOSEN in
 * IOS's form ({@code Proposal 1:  ENCRYPTION: AES-CBC-256 PRF: SHA256 INTEGRITY: SHA256 DH GROUP:
 * DH_GROUP_2048_MODP/Group 14}), from the engine's failure reason ({@code received proposals
 * [aes-cbc-256/prf sha256/integ sha256/group 14] match none of ours [...]}).
 */
final class ProposalDebugText {
    private ProposalDebugText() {}

    /** The peer's proposals from the engine's reason; the reason itself when it has no list. */
    static String received(String reason, boolean esp) {
        if (reason == null) {
            return "";
        }
        int open = reason.indexOf('[');
        int close = open < 0 ? -1 : reason.indexOf(']', open);
        if (close < 0) {
            return reason;
        }
        StringBuilder sb = new StringBuilder();
        int n = 1;
        for (String proposal : reason.substring(open + 1, close).split(", ")) {
            sb.append("Proposal ").append(n++).append(": ");
            StringBuilder enc = new StringBuilder();
            StringBuilder prf = new StringBuilder();
            StringBuilder integ = new StringBuilder();
            StringBuilder dh = new StringBuilder();
            boolean esn = false;
            for (String t : proposal.split("/")) {
                if (t.startsWith("prf ")) {
                    prf.append(' ').append(t.substring(4).toUpperCase(Locale.ROOT));
                } else if (t.startsWith("integ ")) {
                    integ.append(' ').append(t.substring(6).toUpperCase(Locale.ROOT));
                } else if (t.startsWith("group ")) {
                    dh.append(' ').append(group(t.substring(6)));
                } else if (t.equals("esn")) {
                    esn = true;
                } else {
                    enc.append(' ').append(t.toUpperCase(Locale.ROOT));
                }
            }
            if (esp) {
                sb.append(enc).append(integ).append(esn ? " Use ESN" : " Don't use ESN").append(' ');
            } else {
                sb.append(" ENCRYPTION:").append(enc).append(" PRF:").append(prf).append(" INTEGRITY:").append(integ)
                        .append(" DH GROUP:").append(dh).append(' ');
            }
        }
        return sb.toString().strip();
    }

    private static String group(String id) {
        try {
            KeyExchangeGroup g = KeyExchangeGroup.of(Integer.parseInt(id.strip()));
            return g == null ? "Group " + id : CryptoNames.groupLongName(g);
        } catch (NumberFormatException e) {
            return id;
        }
    }

    /** Our transform sets as the responder expected them. */
    static String expectedEsp(List<ChildSessionParams> templates) {
        StringBuilder sb = new StringBuilder();
        int n = 1;
        for (ChildSessionParams t : templates) {
            for (ChildProposal c : t.proposals()) {
                sb.append("Proposal ").append(n++).append(": ");
                c.encryption().forEach(e -> sb.append(' ').append(CryptoNames.proposalCipher(e)));
                c.integrity().forEach(i -> sb.append(' ').append(CryptoNames.showHash(i)));
                sb.append(c.esn() ? " Use ESN " : " Don't use ESN ");
            }
        }
        return sb.toString().strip();
    }
}
