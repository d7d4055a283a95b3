package iosim.ikev2.message;

import java.io.ByteArrayOutputStream;
import java.util.List;

/**
 * Collects the authenticated fragments of one message (RFC 7383 2.6) and returns the whole
 * message when all have arrived. One instance per IKE SA and direction (requests received,
 * responses received). Bounded: at most {@code maxFragments} fragments and {@code maxBytes}
 * octets are held, and only for one message ID at a time (a fragment of another message ID
 * starts over, as RFC 7383 2.6.2 allows). Not thread-safe (one per SA, on its event loop).
 */
public final class FragmentReassembler {

    public static final int DEFAULT_MAX_FRAGMENTS = 64;
    public static final int DEFAULT_MAX_BYTES = 64 * 1024;

    private final int maxFragments;
    private final int maxBytes;

    private IkeHeader firstHeader;
    private int messageId;
    private int total;
    private int firstInner;
    private byte[][] parts;
    private int received;
    private int bytes;

    public FragmentReassembler() {
        this(DEFAULT_MAX_FRAGMENTS, DEFAULT_MAX_BYTES);
    }

    public FragmentReassembler(int maxFragments, int maxBytes) {
        this.maxFragments = maxFragments;
        this.maxBytes = maxBytes;
    }

    /** Message ID of the message being reassembled (meaningful while {@link #inProgress()}). */
    public int messageId() {
        return messageId;
    }

    /** Whether fragments of a message are held. */
    public boolean inProgress() {
        return parts != null;
    }

    /** Octets currently held. */
    public int bytesHeld() {
        return bytes;
    }

    public void reset() {
        firstHeader = null;
        parts = null;
        received = 0;
        bytes = 0;
        total = 0;
    }

    /**
     * Adds one fragment (from {@link IkeMessageCodec#decodeProtected}). Returns
     * {@link DecodeResult.Partial} while fragments are missing, {@link DecodeResult.Ok} with the
     * reassembled message, or an {@link DecodeResult.Error}. Never throws.
     */
    public DecodeResult add(DecodeResult.Fragment f) {
        IkeHeader h = f.header();
        if (f.totalFragments() > maxFragments) {
            return DecodeResult.Error.dropped(h, "too many fragments: " + f.totalFragments());
        }
        if (f.totalFragments() < 1 || f.fragmentNumber() < 1 || f.fragmentNumber() > f.totalFragments()) {
            // checked before anything is touched: a bad fragment must not discard a good partial message
            return DecodeResult.Error.dropped(h, "fragment number " + f.fragmentNumber() + " of "
                    + f.totalFragments() + " out of range");
        }
        if (f.plaintext().length > maxBytes) {
            return DecodeResult.Error.dropped(h, "fragment larger than " + maxBytes + " octets");
        }
        if (parts == null || h.messageId() != messageId) {
            start(f);
        } else if (f.totalFragments() > total) {
            start(f); // the peer re-fragmented with a smaller size (RFC 7383 2.6.2)
        } else if (f.totalFragments() < total) {
            return new DecodeResult.Partial(h, received, total); // stale fragment of a larger split
        }
        int index = f.fragmentNumber() - 1;
        if (index < 0 || index >= total) {
            return DecodeResult.Error.dropped(h, "fragment number out of range");
        }
        if (parts[index] != null) {
            return new DecodeResult.Partial(h, received, total);
        }
        if (bytes + f.plaintext().length > maxBytes) {
            reset();
            return DecodeResult.Error.dropped(h, "reassembled message would exceed " + maxBytes + " octets");
        }
        parts[index] = f.plaintext();
        bytes += f.plaintext().length;
        received++;
        if (f.fragmentNumber() == 1) {
            firstHeader = h;
            firstInner = f.firstInnerPayload();
        }
        if (received < total) {
            return new DecodeResult.Partial(h, received, total);
        }
        ByteArrayOutputStream all = new ByteArrayOutputStream(bytes);
        for (byte[] p : parts) {
            all.writeBytes(p);
        }
        IkeHeader header = firstHeader;
        int first = firstInner;
        reset();
        byte[] inner = all.toByteArray();
        try {
            List<Payload> payloads = PayloadChain.parse(inner, 0, inner.length, first, true);
            return new DecodeResult.Ok(new IkeMessage(header, payloads, true));
        } catch (WireFormatException e) {
            return IkeMessageCodec.error(header, e, true);
        } catch (RuntimeException e) {
            return new DecodeResult.Error(header, "malformed reassembled message: " + e,
                    NotifyType.INVALID_SYNTAX.value(), null, true);
        }
    }

    private void start(DecodeResult.Fragment f) {
        reset();
        messageId = f.header().messageId();
        total = f.totalFragments();
        parts = new byte[total][];
    }
}
