package iosim.ikev2.sa;

import iosim.ike.time.RetransmitSettings;
import iosim.ike.time.Retransmitter;
import iosim.ike.net.Datagram;
import iosim.ikev2.api.ExchangeInfo;
import iosim.ikev2.api.IkeEvent;
import iosim.ikev2.message.DecodeResult;
import iosim.ikev2.message.ExchangeType;
import iosim.ikev2.message.IkeHeader;
import iosim.ikev2.message.IkeMessage;
import iosim.ikev2.message.NotifyPayload;
import iosim.ikev2.message.NotifyType;
import iosim.ikev2.message.Payload;
import iosim.ikev2.message.ProtocolId;
import java.net.InetSocketAddress;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.PriorityQueue;

/**
 * Runs the exchanges of one IKE SA: a queue of tasks we want to initiate (one request in
 * flight at a time, window size 1), the retransmission of that request, the matching of its
 * response, and the answering of the peer's requests through {@link RequestResponder} with
 * the response cached for retransmitted requests.
 */
public final class TaskManager {
    private final EngineContext ctx;
    private final IkeSa sa;
    private final SaLifecycle lifecycle;
    private final PriorityQueue<Queued> queue = new PriorityQueue<>(
            Comparator.comparingInt((Queued q) -> q.task.priority()).thenComparingLong(q -> q.seq));
    private long seq;
    private PendingRequest pending;
    private RetransmitSettings nextRetransmit;
    private byte[] lastResponseBytes;
    /** Fragments of the peer's current request / of the response to ours (RFC 7383), made on first use. */
    private InboundFragments requestFragments;
    private InboundFragments responseFragments;
    /** The peer's address before the request being processed moved it (MOBIKE). */
    private InetSocketAddress previousRemote;

    private record Queued(Task task, long seq) {}

    public TaskManager(EngineContext ctx, IkeSa sa) {
        this.ctx = ctx;
        this.sa = sa;
        this.lifecycle = new SaLifecycle(this);
    }

    /** Where the peer was before the request being answered arrived from {@link IkeSa#remote()}. */
    public InetSocketAddress previousRemote() {
        return previousRemote;
    }

    /** Timers, Child SA installation, failures and teardown of this SA. */
    public SaLifecycle lifecycle() {
        return lifecycle;
    }

    public IkeSa sa() {
        return sa;
    }

    public EngineContext context() {
        return ctx;
    }

    /** The task whose request is in flight, or null. */
    public Task activeTask() {
        return pending == null ? null : pending.task();
    }

    /** Offers the peer's concurrent exchange to the task in flight: true if that task adopted it. */
    public boolean collide(Collision c) {
        return pending != null && pending.task().collide(c);
    }

    /** The datagram of the response being processed (IKE_SA_INIT needs its exact octets). */
    public byte[] lastResponseBytes() {
        return lastResponseBytes;
    }

    public List<Task> queuedTasks() {
        List<Task> l = new ArrayList<>();
        queue.forEach(q -> l.add(q.task));
        return l;
    }

    /** Queues a task and starts it if nothing is in flight. */
    public void queue(Task task) {
        queue.add(new Queued(task, seq++));
        initiateNext();
    }

    /** Uses a different retransmission schedule for the next request (DPD). */
    public void useRetransmitForNext(RetransmitSettings s) {
        nextRetransmit = s;
    }

    public void initiateNext() {
        while (pending == null && !queue.isEmpty() && sa.state() != IkeSaState.DESTROYED) {
            Task task = queue.poll().task;
            List<Payload> payloads = task.buildRequest();
            if (payloads == null) {
                continue;
            }
            sendRequest(task, payloads);
        }
    }

    private void sendRequest(Task task, List<Payload> payloads) {
        long mid = task.exchange() == ExchangeType.IKE_SA_INIT ? 0 : sa.window().nextRequestId();
        IkeHeader h = IkeHeader.request(sa.spiI(), sa.spiR(), task.exchange(), (int) mid, sa.initiator());
        IkeMessage m = new IkeMessage(h, payloads, task.exchange() != ExchangeType.IKE_SA_INIT);
        List<byte[]> wire = encode(m, sa.local(), sa.remote());
        if (task.exchange() == ExchangeType.IKE_SA_INIT) {
            sa.setInitRequest(wire.get(0));
        }
        RetransmitSettings rs = nextRetransmit != null ? nextRetransmit : sa.params().retransmit();
        nextRetransmit = null;
        boolean[] first = {true};
        Retransmitter r = new Retransmitter(ctx.scheduler(), rs, ctx.random(), () -> {
            emitSent(m, wire, sa.local(), sa.remote(), !first[0]);
            first[0] = false;
            send(wire, sa.local(), sa.remote());
        }, () -> giveUp(task));
        pending = new PendingRequest(task, mid, r);
        r.start();
    }

    private List<byte[]> encode(IkeMessage m, InetSocketAddress from, InetSocketAddress to) {
        if (!m.encrypted()) {
            return List.of(ctx.codec().encodePlain(m));
        }
        return ctx.codec().encodeProtected(m, sa, from, to);
    }

    /** Sends one message's datagrams (all its fragments). */
    private void send(List<byte[]> wire, InetSocketAddress from, InetSocketAddress to) {
        if (wire.size() > 1) {
            ctx.counters().fragmentsSent += wire.size();
        }
        for (byte[] b : wire) {
            ctx.send(new Datagram(from, to, b));
        }
    }

    private void giveUp(Task task) {
        pending = null;
        task.timedOut();
        if (sa.state() != IkeSaState.DESTROYED) {
            initiateNext();
        }
    }

    /** A response (already authenticated and decrypted for protected exchanges). */
    public void handleResponse(IkeMessage m, Datagram d) {
        handleResponse(m, d, d.data().length, 1);
    }

    private boolean expectedResponse(IkeHeader h) {
        return pending != null && h.messageIdUnsigned() == pending.messageId()
                && h.exchangeType() == pending.task().exchange();
    }

    /**
     * One authenticated SKF fragment of a response (RFC 7383): collected while it belongs to
     * our outstanding request, and processed as the whole response once complete.
     */
    public void handleResponseFragment(DecodeResult.Fragment f, Datagram d) {
        if (!expectedResponse(f.header())) {
            ctx.counters().unexpectedResponseDropped++;
            return;
        }
        if (responseFragments == null) {
            responseFragments = new InboundFragments(ctx);
        }
        DecodeResult r = responseFragments.add(f, d.data().length);
        if (r instanceof DecodeResult.Ok ok) {
            handleResponse(ok.message(), d, responseFragments.octets(), responseFragments.datagrams());
        }
    }

    private void handleResponse(IkeMessage m, Datagram d, int octets, int fragments) {
        if (!expectedResponse(m.header())) {
            ctx.counters().unexpectedResponseDropped++;
            return;
        }
        if (responseFragments != null) {
            responseFragments.clear();
        }
        emitReceived(m, d, octets, fragments);
        lastResponseBytes = d.data();
        PendingRequest p = pending;
        p.retransmitter().stop();
        pending = null;
        sa.window().requestCompleted();
        Task.Outcome o = p.task().processResponse(m);
        if (o == Task.Outcome.RETRY && sa.state() != IkeSaState.DESTROYED) {
            if (p.task().exchange() == ExchangeType.IKE_SA_INIT) {
                sa.window().reset(0, 0); // the retried IKE_SA_INIT is message 0 again
            }
            List<Payload> payloads = p.task().buildRequest();
            if (payloads != null) {
                sendRequest(p.task(), payloads);
            }
            return;
        }
        if (sa.state() != IkeSaState.DESTROYED) {
            initiateNext();
        }
    }

    /** A request from the peer on this SA (protected exchanges only). */
    public void handleRequest(IkeMessage m, Datagram d) {
        if (newRequest(m.header(), d, true)) {
            processRequest(m, d, d.data().length, 1);
        }
    }

    /**
     * One authenticated SKF fragment of a peer's request (RFC 7383 2.6): collected if its
     * message ID is the one we expect; a fragment of the request we last answered makes us
     * resend our (possibly fragmented) response, but only fragment number 1 does (2.6.1).
     */
    public void handleRequestFragment(DecodeResult.Fragment f, Datagram d) {
        if (!newRequest(f.header(), d, f.fragmentNumber() == 1)) {
            return;
        }
        if (requestFragments == null) {
            requestFragments = new InboundFragments(ctx);
        }
        DecodeResult r = requestFragments.add(f, d.data().length);
        if (r instanceof DecodeResult.Ok ok) {
            processRequest(ok.message(), d, requestFragments.octets(), requestFragments.datagrams());
        } else if (r instanceof DecodeResult.Error e && e.authenticated() && e.hasNotify()) {
            answerMalformedRequest(f.header(), e, d);
        }
    }

    /**
     * An authenticated request that could not be parsed: reported, and answered with its
     * notify (INVALID_SYNTAX, UNSUPPORTED_CRITICAL_PAYLOAD) if its message ID is the expected one.
     */
    public void answerMalformedRequest(IkeHeader h, DecodeResult.Error e, Datagram d) {
        if (!newRequest(h, d, true)) {
            return;
        }
        lifecycle().failure(NotifyType.describe(e.notifyType()), false,
                "malformed " + h.exchangeType() + " request: " + e.reason());
        sendResponse(h, List.of(new NotifyPayload(ProtocolId.NONE, new byte[0], e.notifyType(), e.notifyData())), d);
    }

    /**
     * Checks a peer request's message ID: true if it is the next one; a retransmission of the
     * last one is answered from the cache (if {@code answerRetransmit}), anything else dropped.
     */
    private boolean newRequest(IkeHeader h, Datagram d, boolean answerRetransmit) {
        switch (sa.window().checkPeerRequest(h.messageIdUnsigned())) {
            case NEW -> {
                return true;
            }
            case RETRANSMIT -> {
                if (answerRetransmit) {
                    ctx.counters().retransmittedResponses++;
                    send(sa.window().cachedResponse(), d.destination(), d.source());
                }
                return false;
            }
            default -> {
                ctx.counters().outOfWindowDropped++;
                return false;
            }
        }
    }

    private void processRequest(IkeMessage m, Datagram d, int octets, int fragments) {
        if (requestFragments != null) {
            requestFragments.clear();
        }
        emitReceived(m, d, octets, fragments);
        // the peer may have floated to 4500 or changed NAT mapping: answer where it came from (the response
        // always goes there); with MOBIKE only UPDATE_SA_ADDRESSES moves the SA (RFC 4555 3.5: path checks
        // from a new address do not)
        previousRemote = sa.remote();
        if (!sa.mobike() || m.notify(iosim.ikev2.message.NotifyType.UPDATE_SA_ADDRESSES).isPresent()) {
            sa.setLocal(d.destination());
            sa.setRemote(d.source());
        }
        Response r = ctx.tasks().respond(this, m);
        sendResponse(m.header(), r.payloads(), d);
        if (r.after() != null) {
            r.after().run();
        }
    }

    /** Encodes, caches and sends our response to the request with {@code requestHeader}. */
    public void sendResponse(IkeHeader requestHeader, List<Payload> payloads, Datagram request) {
        IkeHeader h = IkeHeader.response(sa.spiI(), sa.spiR(), requestHeader.exchangeType(), requestHeader.messageId(),
                sa.initiator());
        IkeMessage resp = new IkeMessage(h, payloads, requestHeader.exchangeType() != ExchangeType.IKE_SA_INIT);
        List<byte[]> wire = encode(resp, request.destination(), request.source());
        sa.window().responded(requestHeader.messageIdUnsigned(), wire);
        emitSent(resp, wire, request.destination(), request.source(), false);
        send(wire, request.destination(), request.source());
    }

    /** Sends a one-shot protected INFORMATIONAL request without waiting for its answer. */
    public void sendOneShot(List<Payload> payloads) {
        long mid = sa.window().nextRequestId();
        IkeHeader h = IkeHeader.request(sa.spiI(), sa.spiR(), ExchangeType.INFORMATIONAL, (int) mid, sa.initiator());
        IkeMessage m = new IkeMessage(h, payloads, true);
        List<byte[]> wire = encode(m, sa.local(), sa.remote());
        emitSent(m, wire, sa.local(), sa.remote(), false);
        send(wire, sa.local(), sa.remote());
    }

    /** Stops everything: pending retransmissions and queued tasks. */
    public void abort() {
        if (pending != null) {
            pending.retransmitter().stop();
            pending = null;
        }
        queue.clear();
        if (requestFragments != null) {
            requestFragments.clear();
        }
        if (responseFragments != null) {
            responseFragments.clear();
        }
    }

    private void emitSent(IkeMessage m, List<byte[]> wire, InetSocketAddress from, InetSocketAddress to,
                          boolean retransmission) {
        int octets = wire.stream().mapToInt(b -> b.length).sum();
        ctx.emit(new IkeEvent.ExchangeSent(sa.name(), info(m, from, to, octets, wire.size(), retransmission)));
    }

    private void emitReceived(IkeMessage m, Datagram d, int octets, int fragments) {
        ctx.emit(new IkeEvent.ExchangeReceived(sa.name(), info(m, d.source(), d.destination(), octets, fragments,
                false)));
    }

    public static ExchangeInfo info(IkeMessage m, InetSocketAddress from, InetSocketAddress to, int octets,
                                     int fragments, boolean retransmission) {
        IkeHeader h = m.header();
        List<String> names = new ArrayList<>();
        for (Payload p : m.payloads()) {
            names.add(p.describe());
        }
        return new ExchangeInfo(h.exchangeType().name(), h.messageIdUnsigned(), h.response(), h.initiator(),
                h.initiatorSpi(), h.responderSpi(), List.copyOf(names), from, to, octets, fragments, retransmission);
    }
}
