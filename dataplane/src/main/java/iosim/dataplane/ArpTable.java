package iosim.dataplane;

import io.netty.util.collection.IntObjectHashMap;
import iosim.dataplane.packet.MacAddress;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/** The ARP cache of one node; touched only on the node's event loop. */
final class ArpTable {
    /** How often an unanswered address is asked again. */
    static final long RETRY_NANOS = 1_000_000_000L;

    private record Learned(MacAddress mac, EthernetInterface iface, long learnedNanos, boolean isStatic) {}

    private final IntObjectHashMap<Learned> learned = new IntObjectHashMap<>();
    private final Map<Integer, Long> pending = new HashMap<>();
    private long ageingNanos = 4 * 3600 * 1_000_000_000L;

    void setAgeingNanos(long nanos) {
        this.ageingNanos = nanos;
    }

    /** The MAC for {@code ip} on {@code iface}, or null. */
    MacAddress lookup(int ip, EthernetInterface iface) {
        Learned l = learned.get(ip);
        return l != null && l.iface == iface ? l.mac : null;
    }

    void learn(int ip, MacAddress mac, EthernetInterface iface, long now) {
        Learned old = learned.get(ip);
        if (old != null && old.isStatic) {
            return;
        }
        learned.put(ip, new Learned(mac, iface, now, false));
        pending.remove(ip);
    }

    /** {@code arp A.B.C.D MAC arpa}: an entry that never ages and is not overwritten by learning. */
    void addStatic(int ip, MacAddress mac, EthernetInterface iface) {
        learned.put(ip, new Learned(mac, iface, 0, true));
        pending.remove(ip);
    }

    boolean removeStatic(int ip) {
        Learned old = learned.get(ip);
        if (old != null && old.isStatic) {
            learned.remove(ip);
            return true;
        }
        return false;
    }

    /** True when a request for {@code ip} should be sent now (none sent in the last retry interval). */
    boolean shouldRequest(int ip, long now) {
        Long last = pending.get(ip);
        if (last != null && now - last < RETRY_NANOS) {
            return false;
        }
        pending.put(ip, now);
        return true;
    }

    /** True while a request for {@code ip} is outstanding (a reply for an off-subnet target is then accepted: proxy ARP). */
    boolean isPending(int ip) {
        return pending.containsKey(ip);
    }

    boolean has(int ip) {
        return learned.containsKey(ip);
    }

    /** Drops entries older than the ageing time and stale pending requests. */
    void expire(long now) {
        learned.values().removeIf(l -> !l.isStatic && now - l.learnedNanos >= ageingNanos);
        pending.values().removeIf(t -> now - t >= 10 * RETRY_NANOS);
    }

    /** Forgets every entry learned on {@code iface} (it went down or changed address). */
    void flush(EthernetInterface iface) {
        for (Iterator<Learned> it = learned.values().iterator(); it.hasNext();) {
            Learned l = it.next();
            if (l.iface == iface && !l.isStatic) {
                it.remove();
            }
        }
    }

    void clear() {
        learned.values().removeIf(l -> !l.isStatic);
        pending.clear();
    }

    List<ArpEntry> snapshot(long now, List<NodeInterface> own) {
        List<ArpEntry> out = new ArrayList<>();
        for (NodeInterface i : own) {
            if (i instanceof EthernetInterface e && i.hasAddress() && i.isUp()) {
                out.add(new ArpEntry(i.address(), -1, e.mac(), i.name()));
            }
        }
        for (IntObjectHashMap.PrimitiveEntry<Learned> e : learned.entries()) {
            Learned l = e.value();
            out.add(new ArpEntry(e.key(), l.isStatic ? -1 : (int) ((now - l.learnedNanos) / 60_000_000_000L), l.mac,
                    l.iface.name()));
        }
        out.sort((a, b) -> Integer.compareUnsigned(a.address(), b.address()));
        return out;
    }
}
