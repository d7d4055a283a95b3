package iosim.ikev1.message;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * A decoded message: its header, payloads in wire order, and each payload's encoded form
 * including its generic header ({@code raw}), which the IKEv1 hashes cover (SAi_b, IDii_b,
 * the Quick Mode hashes over the payloads after HASH).
 */
public record IsakmpMessage(IsakmpHeader header, List<Payload> payloads, List<byte[]> raw) {

    public <T extends Payload> Optional<T> first(Class<T> type) {
        for (Payload p : payloads) {
            if (type.isInstance(p)) {
                return Optional.of(type.cast(p));
            }
        }
        return Optional.empty();
    }

    public <T extends Payload> List<T> all(Class<T> type) {
        List<T> out = new ArrayList<>();
        for (Payload p : payloads) {
            if (type.isInstance(p)) {
                out.add(type.cast(p));
            }
        }
        return out;
    }

    /** The body (without the 4-octet generic header) of the first payload of {@code type}. */
    public Optional<byte[]> body(Class<? extends Payload> type) {
        for (int i = 0; i < payloads.size(); i++) {
            if (type.isInstance(payloads.get(i))) {
                byte[] r = raw.get(i);
                return Optional.of(Arrays.copyOfRange(r, 4, r.length));
            }
        }
        return Optional.empty();
    }

    /** Every payload after the first one, as encoded (what a Quick Mode / INFORMATIONAL HASH covers). */
    public byte[] afterFirst() {
        int n = 0;
        for (int i = 1; i < raw.size(); i++) {
            n += raw.get(i).length;
        }
        byte[] out = new byte[n];
        int off = 0;
        for (int i = 1; i < raw.size(); i++) {
            System.arraycopy(raw.get(i), 0, out, off, raw.get(i).length);
            off += raw.get(i).length;
        }
        return out;
    }
}
