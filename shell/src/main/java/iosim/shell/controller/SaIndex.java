package iosim.shell.controller;

import java.util.HashMap;
import java.util.Map;

/**
 * IOS's small per-box numbers for IKE SAs: the {@code Tunnel-id} of {@code show crypto ikev2 sa}
 * and the {@code SESSION ID} of the debug prefix, handed out in creation order and kept per our SPI.
 * Thread-safe (written on the loop, read by show commands).
 */
final class SaIndex {
    private final Map<Long, Integer> ids = new HashMap<>();
    private int next = 1;

    synchronized int of(long localSpi) {
        return ids.computeIfAbsent(localSpi, k -> next++);
    }

    synchronized void forget(long localSpi) {
        ids.remove(localSpi);
        if (ids.isEmpty()) {
            next = 1;
        }
    }
}
