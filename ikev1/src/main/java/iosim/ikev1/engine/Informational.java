package iosim.ikev1.engine;

import iosim.ikev1.api.DpdSettings;
import iosim.ikev1.api.Ikev1Event;
import iosim.ikev1.crypto.Bytes;
import iosim.ikev1.message.DecodeResult;
import iosim.ikev1.message.ExchangeType;
import iosim.ikev1.message.IsakmpCodec;
import iosim.ikev1.message.IsakmpHeader;
import iosim.ikev1.message.IsakmpMessage;
import iosim.ikev1.message.NotifyType;
import iosim.ikev1.message.Payload;
import iosim.ike.net.Datagram;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.List;

/**
 * INFORMATIONAL exchanges (RFC 2408 4.8, RFC 2409 5.7): HDR*, HASH(1), N/D, protected with
 * prf(SKEYID_a, M-ID | N/D). Deletes of ISAKMP and ESP SAs, notifies, and DPD R-U-THERE /
 * R-U-THERE-ACK (RFC 3706) on a timer. Unprotected notifies are only believed while phase 1
 * is still being negotiated (NO_PROPOSAL_CHOSEN from the responder).
 */
final class Informational {
    static final int DOI = 1;
    private final Ikev1Engine engine;

    Informational(Ikev1Engine engine) {
        this.engine = engine;
    }

    void handle(IsakmpSa sa, Datagram d, DecodeResult r) {
        if (r instanceof DecodeResult.Ok ok) {
            if (!sa.established) {
                for (Payload.Notify n : ok.message().all(Payload.Notify.class)) {
                    if (n.notifyType() < 16384) {
                        engine.phase1.fail(sa, "peer answered " + NotifyType.name(n.notifyType()), n.notifyType());
                        return;
                    }
                }
            }
            engine.bad(d.source(), "unprotected INFORMATIONAL ignored");
            return;
        }
        if (sa.protection == null) {
            engine.bad(d.source(), "encrypted INFORMATIONAL before keys");
            return;
        }
        DecodeResult.Encrypted enc = (DecodeResult.Encrypted) r;
        int mid = enc.header().messageId();
        DecodeResult opened = sa.protection.open(enc.header(), enc.ciphertext());
        sa.protection.forget(mid);
        if (!(opened instanceof DecodeResult.Ok ok)) {
            engine.bad(d.source(), "INFORMATIONAL failed its sanity check: " + ((DecodeResult.Error) opened).reason());
            return;
        }
        IsakmpMessage m = ok.message();
        if (m.payloads().isEmpty() || !(m.payloads().get(0) instanceof Payload.Hash h)
                || !MessageDigest.isEqual(h.data(), sa.protection.keys().prfA(Bytes.u32(mid), m.afterFirst()))) {
            engine.bad(d.source(), "INFORMATIONAL HASH missing or wrong");
            return;
        }
        for (Payload p : m.payloads()) {
            if (p instanceof Payload.Delete del) {
                delete(sa, del);
            } else if (p instanceof Payload.Notify n) {
                notify(sa, n);
            }
        }
    }

    private void delete(IsakmpSa sa, Payload.Delete del) {
        if (del.protocolId() == Payload.Proposal.PROTO_ISAKMP && del.spiSize() == 16) {
            for (byte[] spi : del.spis()) {
                IsakmpSa target = engine.sas.get(java.nio.ByteBuffer.wrap(spi).getLong());
                if (target != null && target.remote.getAddress().equals(sa.remote.getAddress())) {
                    engine.trace(target, "peer deleted the ISAKMP SA");
                    engine.remove(target, "deleted by peer", true);
                }
            }
        } else if (del.protocolId() == Payload.Proposal.PROTO_ESP && del.spiSize() == 4) {
            for (byte[] spi : del.spis()) {
                int out = Bytes.toInt(spi);
                for (ChildState c : new ArrayList<>(engine.children.values())) {
                    if (c.keys.outboundSpi() == out && c.keys.peerName().equals(sa.peer.name())) {
                        removeChild(c, "deleted by peer");
                    }
                }
            }
        }
    }

    private void notify(IsakmpSa sa, Payload.Notify n) {
        switch (n.notifyType()) {
            case NotifyType.R_U_THERE -> {
                engine.trace(sa, "DPD/R_U_THERE received, sending R_U_THERE_ACK");
                send(sa, List.of(new Payload.Notify(DOI, Payload.Proposal.PROTO_ISAKMP, cookies(sa),
                        NotifyType.R_U_THERE_ACK, n.data())));
            }
            case NotifyType.R_U_THERE_ACK -> {
                engine.trace(sa, "DPD/R_U_THERE_ACK received");
                sa.dpdOutstanding = 0;
            }
            case NotifyType.NO_PROPOSAL_CHOSEN, NotifyType.INVALID_ID_INFORMATION, NotifyType.PAYLOAD_MALFORMED,
                    NotifyType.INVALID_HASH_INFORMATION -> engine.quickMode.peerRefused(sa, n);
            default -> engine.trace(sa, "notify " + NotifyType.name(n.notifyType()) + " received");
        }
    }

    // ---------------------------------------------------------------- sending

    void send(IsakmpSa sa, List<Payload> payloads) {
        int mid;
        do {
            mid = (int) engine.random.nextLong();
        } while (mid == 0 || sa.quickModes.containsKey(mid));
        byte[] hash = sa.protection.keys().prfA(Bytes.u32(mid), IsakmpCodec.encodeChain(payloads));
        List<Payload> all = new ArrayList<>();
        all.add(new Payload.Hash(hash));
        all.addAll(payloads);
        byte[] msg = sa.protection.seal(IsakmpHeader.of(sa.icookie, sa.rcookie, ExchangeType.INFORMATIONAL, mid, true),
                all);
        sa.protection.forget(mid);
        engine.send(sa, msg);
    }

    void sendNotify(IsakmpSa sa, int protocol, byte[] spi, int type) {
        send(sa, List.of(new Payload.Notify(DOI, protocol, spi, type, new byte[0])));
    }

    void sendInvalidSpi(IsakmpSa sa, int spi) {
        sendNotify(sa, Payload.Proposal.PROTO_ESP, Bytes.u32(spi), NotifyType.INVALID_SPI);
    }

    void deleteIsakmp(IsakmpSa sa, String reason) {
        if (sa.deleted) {
            return;
        }
        if (sa.established) {
            send(sa, List.of(new Payload.Delete(DOI, Payload.Proposal.PROTO_ISAKMP, 16, List.of(cookies(sa)))));
        }
        engine.remove(sa, reason, true);
    }

    /** Deletes an IPsec SA pair, telling the peer through {@code sa} when there is one. */
    void deleteChild(IsakmpSa sa, ChildState c, String reason) {
        if (sa != null && !sa.deleted && sa.established) {
            send(sa, List.of(new Payload.Delete(DOI, Payload.Proposal.PROTO_ESP, 4,
                    List.of(Bytes.u32(c.keys.inboundSpi())))));
        }
        removeChild(c, reason);
    }

    private void removeChild(ChildState c, String reason) {
        if (engine.children.remove(c.keys.inboundSpi(), c)) {
            c.cancelTimers();
            engine.emit(new Ikev1Event.Phase2Deleted(c.keys, reason));
        }
    }

    // ---------------------------------------------------------------- DPD

    void startDpd(IsakmpSa sa) {
        DpdSettings s = sa.peer.dpd();
        if (!s.enabled() || !sa.peerDpd || !s.periodic()) {
            return;
        }
        sa.dpdTimer = engine.scheduler.schedule(engine.settings.scaled(s.intervalSeconds()), () -> {
            if (!sa.deleted) {
                sendRuThere(sa);
            }
        });
    }

    void sendRuThere(IsakmpSa sa) {
        DpdSettings s = sa.peer.dpd();
        if (sa.dpdTimer != null) {
            sa.dpdTimer.cancel();
        }
        sa.dpdSequence++;
        sa.dpdOutstanding++;
        engine.trace(sa, "DPD/R_U_THERE sequence " + Integer.toUnsignedString(sa.dpdSequence));
        send(sa, List.of(new Payload.Notify(DOI, Payload.Proposal.PROTO_ISAKMP, cookies(sa), NotifyType.R_U_THERE,
                Bytes.u32(sa.dpdSequence))));
        int retry = Math.max(1, s.retrySeconds() > 0 ? s.retrySeconds() : 2);
        sa.dpdTimer = engine.scheduler.schedule(engine.settings.scaled(retry), () -> checkDpd(sa));
    }

    private void checkDpd(IsakmpSa sa) {
        if (sa.deleted) {
            return;
        }
        DpdSettings s = sa.peer.dpd();
        if (sa.dpdOutstanding == 0) {
            if (s.periodic()) {
                startDpd(sa);
            }
            return;
        }
        if (sa.dpdOutstanding > Math.max(1, s.retries())) {
            engine.trace(sa, "DPD: peer " + sa.remote.getAddress().getHostAddress() + " not responding");
            engine.emit(new Ikev1Event.PeerDead(sa.peer.name(), sa.remote));
            for (ChildState c : engine.childrenOf(sa.peer.name())) {
                removeChild(c, "peer dead (DPD)");
            }
            engine.remove(sa, "peer dead (DPD)", true);
            return;
        }
        sendRuThere(sa);
    }

    private static byte[] cookies(IsakmpSa sa) {
        return Bytes.concat(Bytes.u64(sa.icookie), Bytes.u64(sa.rcookie));
    }
}
