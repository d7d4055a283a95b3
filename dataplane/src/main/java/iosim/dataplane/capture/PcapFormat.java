package iosim.dataplane.capture;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;

/** The classic libpcap file format (microsecond timestamps, little-endian), as pure encoders. */
public final class PcapFormat {
    public static final int LINKTYPE_ETHERNET = 1;
    public static final int MAGIC_MICROS = 0xa1b2c3d4;
    public static final int GLOBAL_HEADER_LENGTH = 24;
    public static final int RECORD_HEADER_LENGTH = 16;
    public static final int SNAPLEN = 65535;

    private PcapFormat() {}

    public static ByteBuffer globalHeader(int linkType) {
        ByteBuffer b = ByteBuffer.allocate(GLOBAL_HEADER_LENGTH).order(ByteOrder.LITTLE_ENDIAN);
        b.putInt(MAGIC_MICROS).putShort((short) 2).putShort((short) 4).putInt(0).putInt(0).putInt(SNAPLEN)
                .putInt(linkType);
        return b.flip();
    }

    public static ByteBuffer recordHeader(long epochMicros, int capturedLength, int originalLength) {
        ByteBuffer b = ByteBuffer.allocate(RECORD_HEADER_LENGTH).order(ByteOrder.LITTLE_ENDIAN);
        b.putInt((int) (epochMicros / 1_000_000L)).putInt((int) (epochMicros % 1_000_000L)).putInt(capturedLength)
                .putInt(originalLength);
        return b.flip();
    }
}
