package iosim.dataplane.ipsec;

/**
 * Immutable counters of one flow (one SPD protect entry), cumulative across rekeys, as
 * {@code show crypto ipsec sa} prints them. Compression counters are always 0 (no IPComp).
 * {@code badPaddingRecv} is also included in {@code decapsFailedRecv}; {@code tooBigSend} counts DF
 * packets answered with ICMP fragmentation-needed (not an IOS line, not a send error).
 */
public record IpsecCounters(
        long encaps, long encrypt, long digest,
        long decaps, long decrypt, long verify,
        long noSaSend, long invalidSaRecv,
        long encapsFailedSend, long decapsFailedRecv,
        long invalidProtRecv, long verifyFailed,
        long invalidIdentityRecv, long invalidLenRecv,
        long replayRolloverSend, long replayRolloverRecv,
        long replayFailedRecv,
        long internalErrSend, long internalErrRecv,
        long badPaddingRecv,
        long tooBigSend,
        long bytesOut, long bytesIn) {

    public long compressed() { return 0; }
    public long decompressed() { return 0; }
    public long notCompressed() { return 0; }
    public long compressionFailed() { return 0; }
    public long notDecompressed() { return 0; }
    public long decompressFailed() { return 0; }

    /** {@code #send errors}: outbound packets IPsec dropped. */
    public long sendErrors() {
        return noSaSend + encapsFailedSend + replayRolloverSend + internalErrSend;
    }

    /** {@code #recv errors}: inbound packets IPsec dropped after finding their SA. */
    public long recvErrors() {
        return decapsFailedRecv + invalidProtRecv + verifyFailed + invalidIdentityRecv + invalidLenRecv
                + replayRolloverRecv + replayFailedRecv + internalErrRecv;
    }
}
