package iosim.shell.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import io.netty.channel.Channel;
import io.netty.handler.codec.http.websocketx.TextWebSocketFrame;
import io.netty.util.AttributeKey;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The pages watching the lab: each state WebSocket gets the topology and the whole state when it
 * opens, then only what changed, as it changes. A page whose socket is full is skipped (never
 * queued without bound) and gets the whole state again once it drains.
 */
final class StateHub {
    /** How many pages may watch at once (a tab each). */
    static final int MAX_PAGES = 512;

    private static final AttributeKey<Boolean> STALE = AttributeKey.valueOf("iosim.web.stale");

    private final ObjectMapper json = new ObjectMapper();
    private final WebStats stats;
    private final Set<Channel> pages = ConcurrentHashMap.newKeySet();
    private LabState latest;
    private long seq;

    StateHub(WebStats stats) {
        this.stats = stats;
    }

    /** A page's socket opened; false when too many are open (the caller closes it). */
    synchronized boolean add(Channel ch) {
        if (pages.size() >= MAX_PAGES) {
            return false;
        }
        pages.add(ch);
        ch.closeFuture().addListener(f -> pages.remove(ch));
        if (latest != null) {
            sendWhole(ch, latest);
        } else {
            ch.attr(STALE).set(true);
        }
        return true;
    }

    int pages() {
        return pages.size();
    }

    synchronized LabState latest() {
        return latest;
    }

    /** A new sample: pushes what changed since the last one (nothing when nothing did). */
    synchronized void publish(LabState next) {
        LabState prev = latest;
        latest = next;
        if (next.equals(prev)) {
            for (Channel ch : pages) {
                if (Boolean.TRUE.equals(ch.attr(STALE).get()) && ch.isWritable()) {
                    sendWhole(ch, next);
                }
            }
            return;
        }
        seq++;
        boolean topologyChanged = prev == null || !prev.topology().equals(next.topology());
        ByteBuf delta = topologyChanged ? null : encode(delta(prev, next));
        try {
            for (Channel ch : pages) {
                if (!ch.isWritable()) {
                    ch.attr(STALE).set(true);
                    stats.updatesSkipped.incrementAndGet();
                } else if (delta == null || Boolean.TRUE.equals(ch.attr(STALE).get())) {
                    sendWhole(ch, next);
                } else {
                    write(ch, delta.retainedDuplicate());
                }
            }
        } finally {
            if (delta != null) {
                delta.release();
            }
        }
    }

    private void sendWhole(Channel ch, LabState s) {
        ch.attr(STALE).set(false);
        Map<String, Object> topo = new LinkedHashMap<>();
        topo.put("type", "topology");
        topo.put("topology", s.topology());
        write(ch, encode(topo));
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("type", "state");
        state.put("full", true);
        state.put("seq", seq);
        state.put("routers", s.routers());
        state.put("links", s.links());
        state.put("tunnels", s.tunnels());
        write(ch, encode(state));
    }

    private Map<String, Object> delta(LabState prev, LabState next) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("type", "state");
        m.put("full", false);
        m.put("seq", seq);
        m.put("routers", changed(prev.routers(), next.routers()));
        m.put("links", changed(prev.links(), next.links()));
        m.put("tunnels", changed(prev.tunnels(), next.tunnels()));
        return m;
    }

    private static <V> Map<String, V> changed(Map<String, V> prev, Map<String, V> next) {
        Map<String, V> out = new LinkedHashMap<>();
        next.forEach((k, v) -> {
            if (!Objects.equals(prev.get(k), v)) {
                out.put(k, v);
            }
        });
        return out;
    }

    private void write(Channel ch, ByteBuf text) {
        stats.updatesSent.incrementAndGet();
        ch.writeAndFlush(new TextWebSocketFrame(text));
    }

    private ByteBuf encode(Object o) {
        try {
            return Unpooled.wrappedBuffer(json.writeValueAsString(o).getBytes(StandardCharsets.UTF_8));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot encode the lab state", e);
        }
    }
}
