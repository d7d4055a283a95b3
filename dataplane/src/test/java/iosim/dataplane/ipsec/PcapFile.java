package iosim.dataplane.ipsec;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Minimal classic-pcap reading and writing for tests (Ethernet link type). */
final class PcapFile {
    static final int LINKTYPE_ETHERNET = 1;

    private PcapFile() {}

    /** The frames of a little- or big-endian classic pcap file. */
    static List<byte[]> read(Path file) throws IOException {
        ByteBuffer b = ByteBuffer.wrap(Files.readAllBytes(file));
        int magic = b.order(ByteOrder.LITTLE_ENDIAN).getInt(0);
        if (magic != 0xa1b2c3d4 && magic != 0xa1b23c4d) {
            b.order(ByteOrder.BIG_ENDIAN);
        }
        List<byte[]> frames = new ArrayList<>();
        int off = 24;
        while (off + 16 <= b.limit()) {
            int caplen = b.getInt(off + 8);
            byte[] f = new byte[caplen];
            b.get(off + 16, f);
            frames.add(f);
            off += 16 + caplen;
        }
        return frames;
    }

    /** Writes IPv4 packets as Ethernet frames (fixed MACs), one per millisecond. */
    static void writeIpv4(Path file, List<byte[]> packets) throws IOException {
        int size = 24;
        for (byte[] p : packets) {
            size += 16 + 14 + p.length;
        }
        ByteBuffer b = ByteBuffer.allocate(size).order(ByteOrder.LITTLE_ENDIAN);
        b.putInt(0xa1b2c3d4).putShort((short) 2).putShort((short) 4).putInt(0).putInt(0).putInt(65535)
                .putInt(LINKTYPE_ETHERNET);
        int i = 0;
        for (byte[] p : packets) {
            b.putInt(1_700_000_000).putInt(1000 * i++).putInt(14 + p.length).putInt(14 + p.length);
            b.put(new byte[] {0x02, 0, 0, 0, 0, 2, 0x02, 0, 0, 0, 0, 1, 0x08, 0x00});
            b.put(p);
        }
        Files.write(file, b.array());
    }
}
