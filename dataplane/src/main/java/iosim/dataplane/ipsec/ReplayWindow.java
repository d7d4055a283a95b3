package iosim.dataplane.ipsec;

/**
 * Anti-replay sliding window (RFC 4303 section 3.4.3 and appendix A) of 64..1024 packets over a
 * ring of 64-bit words (RFC 6479 style, no shifting), with 64-bit extended sequence numbers
 * inferred from the low 32 bits received (appendix A2.2). {@link #check} runs before the ICV
 * is verified and changes nothing; {@link #update} runs only after it verified.
 */
public final class ReplayWindow {
    /** {@link #check} result: this sequence number was already received. */
    public static final long REPLAYED = -1;
    /** {@link #check} result: left of the window (or sequence number 0). */
    public static final long TOO_OLD = -2;

    public static final int DEFAULT_SIZE = 64;
    public static final int MAX_SIZE = 1024;

    private final int size;
    private final boolean enabled;
    private final boolean esn;
    private final long[] ring;
    private final int ringMask;
    private long top;

    /**
     * @param size window size in packets, a multiple of 64 from 64 to 1024, or 0 to disable
     *             replay detection (sequence numbers are then still tracked for ESN)
     * @param esn  whether the SA uses 64-bit extended sequence numbers
     */
    public ReplayWindow(int size, boolean esn) {
        if (size != 0 && (size < 64 || size > MAX_SIZE || size % 64 != 0)) {
            throw new IllegalArgumentException("replay window must be 0 or a multiple of 64 up to 1024: " + size);
        }
        this.enabled = size != 0;
        this.size = enabled ? size : DEFAULT_SIZE;
        this.esn = esn;
        int words = Integer.highestOneBit(this.size / 64) * 2; // one spare word so the window never wraps onto itself
        this.ring = new long[words];
        this.ringMask = words - 1;
    }

    public int size() { return enabled ? size : 0; }
    public boolean enabled() { return enabled; }
    /** Highest sequence number authenticated so far (0 = none). */
    public long highest() { return top; }

    /** Returns the full sequence number to verify, or {@link #REPLAYED} / {@link #TOO_OLD}. */
    public long check(int seqLow) {
        long seq = esn ? inferEsn(seqLow & 0xffffffffL) : seqLow & 0xffffffffL;
        if (seq <= 0) {
            return TOO_OLD;
        }
        if (seq > top || !enabled) {
            return seq;
        }
        if (top - seq >= size) {
            return TOO_OLD;
        }
        long word = ring[(int) ((seq >>> 6) & ringMask)];
        return (word & (1L << (seq & 63))) != 0 ? REPLAYED : seq;
    }

    /** Records a sequence number whose ICV verified. */
    public void update(long seq) {
        if (seq > top) {
            long oldWord = top >>> 6;
            long newWord = seq >>> 6;
            long advance = newWord - oldWord;
            if (advance > ringMask) {
                java.util.Arrays.fill(ring, 0L);
            } else {
                for (long w = oldWord + 1; w <= newWord; w++) {
                    ring[(int) (w & ringMask)] = 0L;
                }
            }
            top = seq;
        }
        ring[(int) ((seq >>> 6) & ringMask)] |= 1L << (seq & 63);
    }

    private long inferEsn(long seqLow) {
        long tl = top & 0xffffffffL;
        long th = top >>> 32;
        long w = size;
        if (tl >= w - 1) {
            return (seqLow >= tl - w + 1 ? th : th + 1) << 32 | seqLow;
        }
        long bottom = (tl - w + 1) & 0xffffffffL;
        if (seqLow >= bottom) {
            return th == 0 ? -1 : (th - 1) << 32 | seqLow;
        }
        return th << 32 | seqLow;
    }
}
