package iosim.ikev2.task;

import iosim.ikev2.api.EncryptionAlgorithm;
import iosim.ikev2.api.IkeProposal;
import iosim.ikev2.api.IntegrityAlgorithm;
import iosim.ikev2.api.KeyExchangeGroup;
import iosim.ikev2.api.PrfAlgorithm;
import iosim.ikev2.message.Proposal;
import iosim.ikev2.message.Transform;
import java.util.ArrayList;
import java.util.List;

/** Proposals as a router prints them in failure reasons, e.g. {@code aes-cbc-256/sha256/sha256/group 14}. */
public final class ProposalText {
    private ProposalText() {}

    public static String received(List<Proposal> offered) {
        List<String> out = new ArrayList<>();
        for (Proposal p : offered) {
            List<String> parts = new ArrayList<>();
            for (Transform t : p.transforms()) {
                parts.add(switch (t.type()) {
                    case ENCR -> {
                        EncryptionAlgorithm e = ProposalCodec.encryptionOf(t);
                        yield e == null ? "encr " + t.id() : e.displayName();
                    }
                    case PRF -> {
                        PrfAlgorithm f = PrfAlgorithm.of(t.id());
                        yield "prf " + (f == null ? Integer.toString(t.id()) : f.displayName());
                    }
                    case INTEG -> {
                        IntegrityAlgorithm i = IntegrityAlgorithm.of(t.id());
                        yield "integ " + (i == null ? Integer.toString(t.id()) : i.displayName());
                    }
                    case DH -> {
                        KeyExchangeGroup g = KeyExchangeGroup.of(t.id());
                        yield g == null ? "dh " + t.id() : g.displayName();
                    }
                    case ESN -> t.id() == 1 ? "esn" : "";
                    default -> "?" + t.id();
                });
            }
            parts.removeIf(String::isEmpty);
            out.add(String.join("/", parts));
        }
        return String.join(", ", out);
    }

    public static String configured(List<IkeProposal> ours) {
        List<String> out = new ArrayList<>();
        for (IkeProposal p : ours) {
            List<String> parts = new ArrayList<>();
            p.encryption().forEach(e -> parts.add(e.displayName()));
            p.prf().forEach(f -> parts.add("prf " + f.displayName()));
            p.integrity().forEach(i -> parts.add("integ " + i.displayName()));
            p.groups().forEach(g -> parts.add(g.displayName()));
            out.add(String.join("/", parts));
        }
        return String.join(", ", out);
    }
}
