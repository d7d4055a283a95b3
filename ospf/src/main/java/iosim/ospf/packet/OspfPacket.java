package iosim.ospf.packet;

import java.util.List;

/** The five OSPFv2 packet bodies (RFC 2328 A.3), without the common header. */
public sealed interface OspfPacket {
    int HELLO = 1;
    int DBD = 2;
    int LSR = 3;
    int LSU = 4;
    int LSACK = 5;

    int type();

    /** Options bits (A.2). */
    int OPT_E = 0x02;
    int OPT_MC = 0x04;
    int OPT_NP = 0x08;
    int OPT_LLS = 0x10;
    int OPT_DC = 0x20;
    int OPT_O = 0x40;

    record Hello(int mask, int helloInterval, int options, int priority, int deadInterval, int dr, int bdr,
                 List<Integer> neighbors) implements OspfPacket {
        public Hello {
            neighbors = List.copyOf(neighbors);
        }

        @Override
        public int type() {
            return HELLO;
        }
    }

    /** Database description. Flags: I = 4, M = 2, MS = 1. */
    record Dbd(int mtu, int options, int flags, int seq, List<LsaHeader> headers) implements OspfPacket {
        public static final int I = 4;
        public static final int M = 2;
        public static final int MS = 1;

        public Dbd {
            headers = List.copyOf(headers);
        }

        public boolean init() {
            return (flags & I) != 0;
        }

        public boolean more() {
            return (flags & M) != 0;
        }

        public boolean master() {
            return (flags & MS) != 0;
        }

        @Override
        public int type() {
            return DBD;
        }
    }

    record LsRequest(List<LsaKey> keys) implements OspfPacket {
        public LsRequest {
            keys = List.copyOf(keys);
        }

        @Override
        public int type() {
            return LSR;
        }
    }

    record LsUpdate(List<Lsa> lsas) implements OspfPacket {
        public LsUpdate {
            lsas = List.copyOf(lsas);
        }

        @Override
        public int type() {
            return LSU;
        }
    }

    record LsAck(List<LsaHeader> headers) implements OspfPacket {
        public LsAck {
            headers = List.copyOf(headers);
        }

        @Override
        public int type() {
            return LSACK;
        }
    }
}
