package iosim.shell.controller;

import iosim.ikev2.api.ExchangeInfo;
import iosim.ikev2.api.IkeEvent;
import iosim.shell.controller.show.IkeStatsText;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

/**
 * The IKEv2 request and exchange counters of {@code show crypto ikev2 stats [exchange]}, counted
 * from the engine's ExchangeSent/ExchangeReceived events (every IKE message the router sends or
 * takes in): IKE_SA_INIT requests in and out, accepted (answered with SA/KE/Nonce) or rejected
 * (an error notify), cookie challenges, and per exchange and per notify the TX/RX request and
 * response counts. Fed and read on the router's loop.
 */
final class IkeStats implements Consumer<IkeEvent> {
    /** RFC 7296 error notify names (type below 16384), as the engine names them in payload lists. */
    private static final Set<String> ERRORS = Set.of("UNSUPPORTED_CRITICAL_PAYLOAD", "INVALID_IKE_SPI",
            "INVALID_MAJOR_VERSION", "INVALID_SYNTAX", "INVALID_MESSAGE_ID", "INVALID_SPI", "NO_PROPOSAL_CHOSEN",
            "INVALID_KE_PAYLOAD", "AUTHENTICATION_FAILED", "SINGLE_PAIR_REQUIRED", "NO_ADDITIONAL_SAS",
            "INTERNAL_ADDRESS_FAILURE", "FAILED_CP_REQUIRED", "TS_UNACCEPTABLE", "INVALID_SELECTORS",
            "UNACCEPTABLE_ADDRESSES", "UNEXPECTED_NAT_DETECTED", "TEMPORARY_FAILURE", "CHILD_SA_NOT_FOUND",
            "AUTHORIZATION_FAILED", "STATE_NOT_FOUND");
    /** The engine's short names for two status notifies, and the names IOS prints. */
    private static final Map<String, String> LONG_NAMES = Map.of("NATD_S_IP", "NAT_DETECTION_SOURCE_IP",
            "NATD_D_IP", "NAT_DETECTION_DESTINATION_IP", "FRAGMENTATION_SUPPORTED", "IKEV2_FRAGMENTATION_SUPPORTED");

    private long incomingRequests;
    private long incomingAccepted;
    private long incomingRejected;
    private long outgoingRequests;
    private long outgoingAccepted;
    private long outgoingRejected;
    private long cookieChallenges;
    private long cookieAccepted;
    private long cookieRejected;
    private boolean requestCarriedCookie;
    /** Per exchange / notify name: TX(REQ), TX(RES), RX(REQ), RX(RES). */
    private final Map<String, long[]> exchanges = new LinkedHashMap<>();
    private final Map<String, long[]> notifies = new LinkedHashMap<>();

    @Override
    public void accept(IkeEvent e) {
        if (e instanceof IkeEvent.ExchangeSent s) {
            sent(s.exchange());
        } else if (e instanceof IkeEvent.ExchangeReceived r) {
            received(r.exchange());
        } else if (e instanceof IkeEvent.IkeSaUp u && !u.sa().natTraversal()) {
            notifies.computeIfAbsent(IkeStatsText.NO_NAT, k -> new long[4])[0]++; // OTHER COUNTERS NO_NAT
        }
    }

    private void sent(ExchangeInfo x) {
        count(x, 0);
        if (!x.exchange().equals("IKE_SA_INIT") || x.retransmission()) {
            return;
        }
        if (!x.response()) {
            outgoingRequests++;
            return;
        }
        boolean cookie = has(x.payloads(), "COOKIE");
        boolean error = hasError(x.payloads());
        if (cookie) {
            cookieChallenges++;
        } else if (error) {
            incomingRejected++;
        } else {
            incomingAccepted++;
        }
        if (requestCarriedCookie && !cookie) {
            if (error) {
                cookieRejected++;
            } else {
                cookieAccepted++;
            }
        }
        requestCarriedCookie = false;
    }

    private void received(ExchangeInfo x) {
        count(x, 2);
        if (!x.exchange().equals("IKE_SA_INIT") || x.retransmission()) {
            return;
        }
        boolean cookie = has(x.payloads(), "COOKIE");
        if (!x.response()) {
            incomingRequests++;
            requestCarriedCookie = cookie;
        } else if (hasError(x.payloads())) {
            outgoingRejected++;
        } else if (!cookie) {
            outgoingAccepted++;
        }
    }

    private void count(ExchangeInfo x, int base) {
        int col = base + (x.response() ? 1 : 0);
        exchanges.computeIfAbsent(x.exchange(), k -> new long[4])[col]++;
        for (String p : x.payloads()) {
            String n = notifyName(p);
            if (n != null) {
                notifies.computeIfAbsent(n, k -> new long[4])[col]++;
            } else if (p.startsWith("CP") && !x.response()) {
                notifies.computeIfAbsent(IkeStatsText.CFG_REQUEST, k -> new long[4])[base]++; // TX 0, RX 2
            }
        }
    }

    /** {@code N(NO_PROPOSAL_CHOSEN)} gives {@code NO_PROPOSAL_CHOSEN}; other payloads null. */
    static String notifyName(String payload) {
        if (!payload.startsWith("N(") || !payload.endsWith(")")) {
            return null;
        }
        String n = payload.substring(2, payload.length() - 1);
        return LONG_NAMES.getOrDefault(n, n);
    }

    static boolean isError(String notifyName) {
        if (ERRORS.contains(notifyName)) {
            return true;
        }
        try {
            return Integer.parseInt(notifyName) < 16384;
        } catch (NumberFormatException e) {
            return false;
        }
    }

    private static boolean has(List<String> payloads, String notify) {
        return payloads.contains("N(" + notify + ")");
    }

    private static boolean hasError(List<String> payloads) {
        for (String p : payloads) {
            String n = notifyName(p);
            if (n != null && isError(n)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The counters with the SA counts the engine knows ({@code sas[0..2]}: incoming total, active,
     * negotiating; {@code sas[3..5]} the same for outgoing) and the datagrams it dropped.
     */
    IkeStatsText.Stats snapshot(long[] sas, long droppedAtDispatch) {
        Map<String, long[]> x = new LinkedHashMap<>();
        exchanges.forEach((k, v) -> x.put(k, v.clone()));
        Map<String, long[]> n = new LinkedHashMap<>();
        notifies.forEach((k, v) -> n.put(k, v.clone()));
        return new IkeStatsText.Stats(sas[0], sas[1], sas[2], sas[3], sas[4], sas[5], incomingRequests,
                incomingAccepted, incomingRejected, outgoingRequests, outgoingAccepted, outgoingRejected,
                droppedAtDispatch, cookieChallenges, cookieAccepted, cookieRejected, x, n);
    }

    /** {@code clear crypto ikev2 stats}. */
    void clear() {
        incomingRequests = incomingAccepted = incomingRejected = 0;
        outgoingRequests = outgoingAccepted = outgoingRejected = 0;
        cookieChallenges = cookieAccepted = cookieRejected = 0;
        exchanges.clear();
        notifies.clear();
    }
}
