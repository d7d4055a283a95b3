package iosim.shell.controller.capture;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.ArrayList;
import java.util.List;

/**
 * The frames of a pcap file (little-endian, microseconds, Ethernet, as the dataplane writes
 * them), read and written back, and the capture filter applied to them. Pure functions.
 */
public final class CaptureFrames {
    private static final int MAGIC = 0xa1b2c3d4;

    /** One captured Ethernet frame. */
    public record Frame(long epochMicros, byte[] data, int originalLength) {}

    /** {@code match any} ({@code ipv4 = false}) or {@code match ipv4 SRC DST}; a null address is {@code any}. */
    public record Match(boolean ipv4, Integer source, Integer destination) {
        public static final Match ANY = new Match(false, null, null);

        boolean accepts(Frame f) {
            if (!ipv4) {
                return true;
            }
            byte[] d = f.data();
            if (d.length < 34 || (d[12] & 0xff) != 0x08 || d[13] != 0x00) {
                return false;
            }
            int src = ByteBuffer.wrap(d, 26, 4).getInt();
            int dst = ByteBuffer.wrap(d, 30, 4).getInt();
            return (source == null || source == src) && (destination == null || destination == dst);
        }
    }

    private CaptureFrames() {
    }

    /** The frames of {@code pcap}; a truncated last record is left out, a bad header gives none. */
    public static List<Frame> read(byte[] pcap) {
        List<Frame> out = new ArrayList<>();
        ByteBuffer b = ByteBuffer.wrap(pcap).order(ByteOrder.LITTLE_ENDIAN);
        if (b.remaining() < 24 || b.getInt(0) != MAGIC) {
            return out;
        }
        b.position(24);
        while (b.remaining() >= 16) {
            long sec = Integer.toUnsignedLong(b.getInt());
            long usec = Integer.toUnsignedLong(b.getInt());
            int caplen = b.getInt();
            int len = b.getInt();
            if (caplen < 0 || caplen > b.remaining()) {
                break;
            }
            byte[] data = new byte[caplen];
            b.get(data);
            out.add(new Frame(sec * 1_000_000L + usec, data, len));
        }
        return out;
    }

    /** The frames {@code match} accepts, at most {@code limit} of them (0: no limit). */
    public static List<Frame> select(List<Frame> frames, Match match, int limit) {
        List<Frame> out = new ArrayList<>();
        for (Frame f : frames) {
            if (limit > 0 && out.size() >= limit) {
                break;
            }
            if (match.accepts(f)) {
                out.add(f);
            }
        }
        return out;
    }

    /** A pcap file holding {@code frames}. */
    public static byte[] write(List<Frame> frames) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteBuffer h = ByteBuffer.allocate(24).order(ByteOrder.LITTLE_ENDIAN);
        h.putInt(MAGIC).putShort((short) 2).putShort((short) 4).putInt(0).putInt(0).putInt(65535).putInt(1);
        out.write(h.array(), 0, 24);
        for (Frame f : frames) {
            ByteBuffer r = ByteBuffer.allocate(16).order(ByteOrder.LITTLE_ENDIAN);
            r.putInt((int) (f.epochMicros() / 1_000_000L)).putInt((int) (f.epochMicros() % 1_000_000L))
                    .putInt(f.data().length).putInt(f.originalLength());
            out.write(r.array(), 0, 16);
            out.write(f.data(), 0, f.data().length);
        }
        return out.toByteArray();
    }
}
