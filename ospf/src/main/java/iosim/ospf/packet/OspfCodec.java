package iosim.ospf.packet;

import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Encodes and decodes OSPFv2 packets (RFC 2328 A.3) with their authentication (RFC 2328 D,
 * RFC 5709). Pure functions: bad input yields a {@link Decoded} with a reason, never an exception.
 */
public final class OspfCodec {
    private OspfCodec() {}

    public static final int HEADER_LENGTH = 24;

    /** Why a packet was rejected, or OK. */
    public enum Result { OK, MALFORMED, BAD_VERSION, BAD_CHECKSUM, AUTH_TYPE_MISMATCH, AUTH_KEY_MISMATCH, AUTH_FAILED }

    /**
     * A decoded packet. On failure {@code packet} is null; the header fields are filled in as
     * far as they could be read (for debug lines).
     */
    public record Decoded(Result result, int type, int routerId, int areaId, int auType, int keyId, long cryptoSeq,
                          OspfPacket packet) {
        public boolean ok() {
            return result == Result.OK;
        }
    }

    // ------------------------------------------------------------------ encode

    public static byte[] encode(int routerId, int areaId, OspfPacket p, Auth auth, long cryptoSeq) {
        byte[] body = body(p);
        int len = HEADER_LENGTH + body.length;
        int trailer = auth.type().digestLength;
        byte[] b = new byte[len + trailer];
        b[0] = 2;
        b[1] = (byte) p.type();
        Addr.putShort(b, 2, len);
        Addr.putInt(b, 4, routerId);
        Addr.putInt(b, 8, areaId);
        System.arraycopy(body, 0, b, HEADER_LENGTH, body.length);
        Addr.putShort(b, 14, auth.type().auType);
        switch (auth.type()) {
            case NONE -> Addr.putShort(b, 12, checksum(b, len));
            case SIMPLE -> {
                Addr.putShort(b, 12, checksum(b, len));
                System.arraycopy(auth.key(), 0, b, 16, Math.min(8, auth.key().length));
            }
            default -> {
                b[18] = (byte) auth.keyId();
                b[19] = (byte) trailer;
                Addr.putInt(b, 20, (int) cryptoSeq);
                byte[] d = digest(auth, b, len);
                System.arraycopy(d, 0, b, len, trailer);
            }
        }
        return b;
    }

    private static byte[] body(OspfPacket p) {
        if (p instanceof OspfPacket.Hello h) {
            byte[] b = new byte[20 + 4 * h.neighbors().size()];
            Addr.putInt(b, 0, h.mask());
            Addr.putShort(b, 4, h.helloInterval());
            b[6] = (byte) h.options();
            b[7] = (byte) h.priority();
            Addr.putInt(b, 8, h.deadInterval());
            Addr.putInt(b, 12, h.dr());
            Addr.putInt(b, 16, h.bdr());
            for (int i = 0; i < h.neighbors().size(); i++) {
                Addr.putInt(b, 20 + 4 * i, h.neighbors().get(i));
            }
            return b;
        }
        if (p instanceof OspfPacket.Dbd d) {
            byte[] b = new byte[8 + LsaHeader.LENGTH * d.headers().size()];
            Addr.putShort(b, 0, d.mtu());
            b[2] = (byte) d.options();
            b[3] = (byte) d.flags();
            Addr.putInt(b, 4, d.seq());
            for (int i = 0; i < d.headers().size(); i++) {
                d.headers().get(i).encode(b, 8 + LsaHeader.LENGTH * i);
            }
            return b;
        }
        if (p instanceof OspfPacket.LsRequest r) {
            byte[] b = new byte[12 * r.keys().size()];
            for (int i = 0; i < r.keys().size(); i++) {
                LsaKey k = r.keys().get(i);
                Addr.putInt(b, 12 * i, k.type());
                Addr.putInt(b, 12 * i + 4, k.lsId());
                Addr.putInt(b, 12 * i + 8, k.advRouter());
            }
            return b;
        }
        if (p instanceof OspfPacket.LsUpdate u) {
            int n = 4;
            for (Lsa l : u.lsas()) {
                n += l.length();
            }
            byte[] b = new byte[n];
            Addr.putInt(b, 0, u.lsas().size());
            int o = 4;
            for (Lsa l : u.lsas()) {
                l.writeTo(b, o);
                o += l.length();
            }
            return b;
        }
        if (p instanceof OspfPacket.LsAck a) {
            byte[] b = new byte[LsaHeader.LENGTH * a.headers().size()];
            for (int i = 0; i < a.headers().size(); i++) {
                a.headers().get(i).encode(b, LsaHeader.LENGTH * i);
            }
            return b;
        }
        throw new IllegalArgumentException("unknown packet " + p);
    }

    // ------------------------------------------------------------------ decode

    /** Decodes {@code b[off .. off+len)} (the IP payload), checking it against the interface's {@code auth}. */
    public static Decoded decode(byte[] b, int off, int len, Auth auth) {
        if (len < HEADER_LENGTH) {
            return fail(Result.MALFORMED, 0, 0, 0, 0, 0, 0);
        }
        byte[] p = Arrays.copyOfRange(b, off, off + len);
        int type = p[1] & 0xff;
        int plen = Addr.getShort(p, 2);
        int rid = Addr.getInt(p, 4);
        int area = Addr.getInt(p, 8);
        int auType = Addr.getShort(p, 14);
        int keyId = p[18] & 0xff;
        long seq = Integer.toUnsignedLong(Addr.getInt(p, 20));
        if (p[0] != 2) {
            return fail(Result.BAD_VERSION, type, rid, area, auType, keyId, seq);
        }
        if (plen < HEADER_LENGTH || plen > len || type < 1 || type > 5) {
            return fail(Result.MALFORMED, type, rid, area, auType, keyId, seq);
        }
        if (auType != auth.type().auType) {
            return fail(Result.AUTH_TYPE_MISMATCH, type, rid, area, auType, keyId, seq);
        }
        switch (auth.type()) {
            case NONE -> {
                if (checksum(p, plen) != 0) {
                    return fail(Result.BAD_CHECKSUM, type, rid, area, auType, keyId, seq);
                }
            }
            case SIMPLE -> {
                byte[] want = Arrays.copyOf(auth.key(), 8);
                if (!MessageDigest.isEqual(want, Arrays.copyOfRange(p, 16, 24))) {
                    return fail(Result.AUTH_FAILED, type, rid, area, auType, keyId, seq);
                }
                if (checksum(p, plen) != 0) {
                    return fail(Result.BAD_CHECKSUM, type, rid, area, auType, keyId, seq);
                }
            }
            default -> {
                int dl = auth.type().digestLength;
                if (keyId != auth.keyId()) {
                    return fail(Result.AUTH_KEY_MISMATCH, type, rid, area, auType, keyId, seq);
                }
                if ((p[19] & 0xff) != dl || plen + dl > len) {
                    return fail(Result.AUTH_FAILED, type, rid, area, auType, keyId, seq);
                }
                byte[] got = Arrays.copyOfRange(p, plen, plen + dl);
                if (!MessageDigest.isEqual(got, digest(auth, p, plen))) {
                    return fail(Result.AUTH_FAILED, type, rid, area, auType, keyId, seq);
                }
            }
        }
        OspfPacket packet = body(type, p, HEADER_LENGTH, plen - HEADER_LENGTH);
        if (packet == null) {
            return fail(Result.MALFORMED, type, rid, area, auType, keyId, seq);
        }
        return new Decoded(Result.OK, type, rid, area, auType, keyId, seq, packet);
    }

    private static Decoded fail(Result r, int type, int rid, int area, int auType, int keyId, long seq) {
        return new Decoded(r, type, rid, area, auType, keyId, seq, null);
    }

    private static OspfPacket body(int type, byte[] p, int o, int n) {
        switch (type) {
            case OspfPacket.HELLO -> {
                if (n < 20 || (n - 20) % 4 != 0) {
                    return null;
                }
                List<Integer> nbrs = new ArrayList<>();
                for (int i = 20; i < n; i += 4) {
                    nbrs.add(Addr.getInt(p, o + i));
                }
                return new OspfPacket.Hello(Addr.getInt(p, o), Addr.getShort(p, o + 4), p[o + 6] & 0xff, p[o + 7] & 0xff,
                        Addr.getInt(p, o + 8), Addr.getInt(p, o + 12), Addr.getInt(p, o + 16), nbrs);
            }
            case OspfPacket.DBD -> {
                if (n < 8 || (n - 8) % LsaHeader.LENGTH != 0) {
                    return null;
                }
                List<LsaHeader> hs = new ArrayList<>();
                for (int i = 8; i < n; i += LsaHeader.LENGTH) {
                    hs.add(LsaHeader.decode(p, o + i));
                }
                return new OspfPacket.Dbd(Addr.getShort(p, o), p[o + 2] & 0xff, p[o + 3] & 0x07, Addr.getInt(p, o + 4), hs);
            }
            case OspfPacket.LSR -> {
                if (n % 12 != 0) {
                    return null;
                }
                List<LsaKey> ks = new ArrayList<>();
                for (int i = 0; i < n; i += 12) {
                    ks.add(new LsaKey(Addr.getInt(p, o + i), Addr.getInt(p, o + i + 4), Addr.getInt(p, o + i + 8)));
                }
                return new OspfPacket.LsRequest(ks);
            }
            case OspfPacket.LSU -> {
                if (n < 4) {
                    return null;
                }
                int count = Addr.getInt(p, o);
                if (count < 0 || count > n / LsaHeader.LENGTH) {
                    return null;
                }
                List<Lsa> lsas = new ArrayList<>(count);
                int at = o + 4;
                for (int i = 0; i < count; i++) {
                    Lsa l = Lsa.decode(p, at, o + n - at);
                    if (l == null) {
                        return null;
                    }
                    lsas.add(l);
                    at += l.length();
                }
                return new OspfPacket.LsUpdate(lsas);
            }
            default -> {
                if (n % LsaHeader.LENGTH != 0) {
                    return null;
                }
                List<LsaHeader> hs = new ArrayList<>();
                for (int i = 0; i < n; i += LsaHeader.LENGTH) {
                    hs.add(LsaHeader.decode(p, o + i));
                }
                return new OspfPacket.LsAck(hs);
            }
        }
    }

    // ------------------------------------------------------------------ checksums and digests

    /** The IP checksum of the first {@code len} bytes, the 8-byte authentication field left out. */
    static int checksum(byte[] b, int len) {
        long sum = 0;
        for (int i = 0; i + 1 < len; i += 2) {
            if (i >= 16 && i < 24) {
                continue;
            }
            sum += ((b[i] & 0xff) << 8) | (b[i + 1] & 0xff);
        }
        if ((len & 1) != 0) {
            sum += (b[len - 1] & 0xff) << 8;
        }
        while ((sum >>> 16) != 0) {
            sum = (sum & 0xffff) + (sum >>> 16);
        }
        return (int) (~sum & 0xffff);
    }

    private static final byte[] APAD = {(byte) 0x87, (byte) 0x8f, (byte) 0xe1, (byte) 0xf3};

    /** The keyed digest over the packet's first {@code len} bytes (checksum field zero). */
    static byte[] digest(Auth auth, byte[] packet, int len) {
        try {
            byte[] p = Arrays.copyOf(packet, len);
            p[12] = 0;
            p[13] = 0;
            if (auth.type() == Auth.Type.MD5) {
                MessageDigest md = MessageDigest.getInstance("MD5");
                md.update(p);
                md.update(Arrays.copyOf(auth.key(), 16));
                return md.digest();
            }
            String alg = switch (auth.type()) {
                case HMAC_SHA1 -> "SHA-1";
                case HMAC_SHA256 -> "SHA-256";
                case HMAC_SHA384 -> "SHA-384";
                default -> "SHA-512";
            };
            int l = auth.type().digestLength;
            byte[] k = auth.key();
            byte[] ko = k.length > l ? MessageDigest.getInstance(alg).digest(k) : Arrays.copyOf(k, l);
            Mac mac = Mac.getInstance("Hmac" + alg.replace("-", ""));
            mac.init(new SecretKeySpec(ko, mac.getAlgorithm()));
            mac.update(p);
            byte[] apad = new byte[l];
            for (int i = 0; i < l; i++) {
                apad[i] = APAD[i % 4];
            }
            mac.update(apad);
            return mac.doFinal();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("digest unavailable: " + e.getMessage(), e);
        }
    }
}
