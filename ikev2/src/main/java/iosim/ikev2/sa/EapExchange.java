package iosim.ikev2.sa;

import iosim.ike.time.Scheduler;
import iosim.ikev2.api.ConfigAttributes;
import iosim.ikev2.api.EapMethod;
import iosim.ikev2.eap.EapPeer;
import iosim.ikev2.eap.EapServer;
import iosim.ikev2.message.IkeMessage;

/**
 * The EAP part of one IKE_AUTH exchange sequence (RFC 7296 2.16), either role: the EAP state
 * machine, the first IKE_AUTH request (its SA, TS and CP are answered only in the last
 * response), the ID payload bodies the final AUTHs sign, and the MSK once EAP succeeded.
 * Lives on its {@link IkeSa} until IKE_AUTH completes.
 */
public final class EapExchange {
    private final EapServer server;
    private final EapPeer peer;
    private final IkeMessage firstRequest;
    private final byte[] idiBody;
    private byte[] idrBody;
    private boolean succeeded;
    private byte[] msk;
    private EapMethod method;
    private Scheduler.Timer timer;
    private ConfigAttributes received;

    private EapExchange(EapServer server, EapPeer peer, IkeMessage firstRequest, byte[] idiBody) {
        this.server = server;
        this.peer = peer;
        this.firstRequest = firstRequest;
        this.idiBody = idiBody.clone();
    }

    /** The gateway's side: {@code firstRequest} is the initiator's IKE_AUTH request without AUTH. */
    public static EapExchange gateway(EapServer server, IkeMessage firstRequest, byte[] idiBody) {
        return new EapExchange(server, null, firstRequest, idiBody);
    }

    /** The client's side. */
    public static EapExchange client(EapPeer peer, byte[] idiBody) {
        return new EapExchange(null, peer, null, idiBody);
    }

    public EapServer server() {
        return server;
    }

    public EapPeer peer() {
        return peer;
    }

    public IkeMessage firstRequest() {
        return firstRequest;
    }

    public byte[] idiBody() {
        return idiBody.clone();
    }

    public byte[] idrBody() {
        return idrBody == null ? null : idrBody.clone();
    }

    public void setIdrBody(byte[] b) {
        idrBody = b.clone();
    }

    public boolean succeeded() {
        return succeeded;
    }

    /** EAP succeeded with {@code method}; {@code msk} null when the method made no key. */
    public void succeed(EapMethod method, byte[] msk) {
        this.succeeded = true;
        this.method = method;
        this.msk = msk == null ? null : msk.clone();
    }

    public EapMethod method() {
        return method;
    }

    /** The key of an AUTH after EAP: the MSK, else the author's SK_p (RFC 7296 2.16). */
    public byte[] authKey(byte[] skP) {
        return msk != null ? msk.clone() : skP;
    }

    /** Replaces the EAP timeout timer (cancelling the previous one). */
    public void setTimer(Scheduler.Timer t) {
        if (timer != null) {
            timer.cancel();
        }
        timer = t;
    }

    public void cancelTimer() {
        setTimer(null);
    }

    /** Client: the CFG_REPLY's attributes. */
    public ConfigAttributes received() {
        return received;
    }

    public void setReceived(ConfigAttributes a) {
        received = a;
    }
}
