package iosim.dataplane.ipsec;

/**
 * Mutable per-flow counters, touched only on the router's event loop. Named after the lines of
 * {@code show crypto ipsec sa [detail]}; {@link #snapshot()} gives the immutable view.
 */
public final class FlowCounters {
    long encaps, encrypt, digest, decaps, decrypt, verify;
    long noSaSend, invalidSaRecv, encapsFailedSend, decapsFailedRecv, invalidProtRecv, verifyFailed;
    long invalidIdentityRecv, invalidLenRecv, replayRolloverSend, replayRolloverRecv, replayFailedRecv;
    long internalErrSend, internalErrRecv, badPaddingRecv, tooBigSend;
    long bytesOut, bytesIn;

    public IpsecCounters snapshot() {
        return new IpsecCounters(encaps, encrypt, digest, decaps, decrypt, verify,
                noSaSend, invalidSaRecv, encapsFailedSend, decapsFailedRecv, invalidProtRecv, verifyFailed,
                invalidIdentityRecv, invalidLenRecv, replayRolloverSend, replayRolloverRecv, replayFailedRecv,
                internalErrSend, internalErrRecv, badPaddingRecv, tooBigSend, bytesOut, bytesIn);
    }

    /** {@code clear crypto sa counters}. */
    public void clear() {
        encaps = encrypt = digest = decaps = decrypt = verify = 0;
        noSaSend = invalidSaRecv = encapsFailedSend = decapsFailedRecv = invalidProtRecv = verifyFailed = 0;
        invalidIdentityRecv = invalidLenRecv = replayRolloverSend = replayRolloverRecv = replayFailedRecv = 0;
        internalErrSend = internalErrRecv = badPaddingRecv = tooBigSend = bytesOut = bytesIn = 0;
    }
}
