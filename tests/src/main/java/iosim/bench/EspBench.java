package iosim.bench;

import iosim.dataplane.ipsec.InboundResult;
import iosim.dataplane.ipsec.IpsecEngine;
import iosim.dataplane.ipsec.IpsecMode;
import iosim.dataplane.ipsec.IpsecProtocol;
import iosim.dataplane.ipsec.Ipv4Addresses;
import iosim.dataplane.ipsec.OutboundResult;
import iosim.dataplane.ipsec.SaKeys;
import iosim.dataplane.ipsec.SaLifetime;
import iosim.dataplane.ipsec.SaPairSpec;
import iosim.dataplane.ipsec.crypto.EspTransform;
import iosim.dataplane.ipsec.crypto.IntegrityAlgorithm;
import iosim.dataplane.ipsec.spd.AddressRangeSelector;
import iosim.dataplane.ipsec.spd.InterfacePolicy;
import iosim.dataplane.ipsec.spd.SpdEntry;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufAllocator;
import io.netty.buffer.PooledByteBufAllocator;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * ESP throughput on one core (this thread): encapsulate at router A + decapsulate at router B
 * through the real {@link IpsecEngine} (SPD lookup, SAD, replay window, counters, lifetimes), for
 * 64/512/1400-byte inner packets, AES-GCM-256 and AES-CBC-256+HMAC-SHA256, beside raw SunJCE
 * AES-256-GCM on the same JVM in the same run. Throughput counts inner-packet bytes.
 *
 * <p>ESP encap+decap does two cryptographic passes per packet, raw "encrypt" one: the fair
 * comparison for the 70% target is ESP encap+decap against raw encrypt+decrypt of the same size,
 * and ESP encap-only against raw encrypt; both ratios are printed.
 */
public final class EspBench implements Bench {
    private static final long WARMUP_NANOS = Long.getLong("iosim.bench.esp.warmupMillis", 1000) * 1_000_000L;
    private static final long ROUND_NANOS = 300_000_000L;
    private static final int ROUNDS = 5;
    private static final int[] SIZES = {64, 512, 1400};
    private static final String IF = "GigabitEthernet1";
    private static final int A = Ipv4Addresses.parse("198.51.100.1");
    private static final int B = Ipv4Addresses.parse("203.0.113.2");
    private static final int A_HOST = Ipv4Addresses.parse("10.1.1.10");
    private static final int B_HOST = Ipv4Addresses.parse("10.2.2.20");

    @Override
    public String area() {
        return "esp";
    }

    @Override
    public List<Figure> run() throws Exception {
        String jdk = "JDK " + Runtime.version().feature();
        EspTransform gcm = EspTransform.aesGcm16(256);
        EspTransform cbc = EspTransform.aesCbc(256, IntegrityAlgorithm.HMAC_SHA2_256_128);
        // every workload is built and warmed first, then all are measured in interleaved rounds,
        // so a burst of load from other processes hits them alike
        List<Workload> w = new ArrayList<>();
        for (int size : SIZES) {
            w.add(new Workload("raw-enc", size, rawGcm(size, false)));
            w.add(new Workload("raw-encdec", size, rawGcm(size, true)));
            w.add(new Workload("gcm-both", size, esp(gcm, size, true)));
            w.add(new Workload("gcm-encap", size, esp(gcm, size, false)));
            w.add(new Workload("cbc-both", size, esp(cbc, size, true)));
            w.add(new Workload("cbc-encap", size, esp(cbc, size, false)));
        }
        for (Workload x : w) {
            long end = System.nanoTime() + WARMUP_NANOS;
            while (System.nanoTime() < end) {
                x.batch.run();
            }
        }
        for (int r = 0; r < ROUNDS; r++) {
            for (Workload x : w) {
                x.best = Math.max(x.best, round(x.batch));
            }
        }
        List<Figure> out = new ArrayList<>();
        for (int size : SIZES) {
            double rawEnc = find(w, "raw-enc", size);
            double rawBoth = find(w, "raw-encdec", size);
            out.add(new Figure("raw SunJCE AES-256-GCM encrypt " + size + " B", rawEnc, "MB/s",
                    size == 1400 ? "anchor ~1900 MB/s on JDK 17, ~2400 on JDK 25 (this run: " + jdk + ")" : jdk));
            out.add(new Figure("raw SunJCE AES-256-GCM encrypt+decrypt " + size + " B", rawBoth, "MB/s",
                    "two passes over the same bytes"));
            for (String kind : new String[] {"gcm", "cbc"}) {
                String name = (kind.equals("gcm") ? gcm : cbc).iosDisplayName() + " " + size + " B";
                double both = find(w, kind + "-both", size);
                double encap = find(w, kind + "-encap", size);
                out.add(new Figure("ESP " + name + " encap+decap", both, "MB/s",
                        String.format(Locale.ROOT, "%.0f%% of raw enc+dec%s", 100 * both / rawBoth,
                                size == 1400 ? " (target >= 70%)" : "")));
                out.add(new Figure("ESP " + name + " encap only", encap, "MB/s",
                        String.format(Locale.ROOT, "%.0f%% of raw encrypt%s", 100 * encap / rawEnc,
                                size == 1400 ? " (target >= 70%)" : "")));
                if (size == 1400) {
                    out.add(new Figure("ESP " + name + " encap+decap", both * 8, "Mbit/s",
                            "strongSwan userspace ESP carried 234 Mbit/s of TCP here"));
                }
            }
        }
        return out;
    }

    private static final class Workload {
        final String kind;
        final int size;
        final Batch batch;
        double best;

        Workload(String kind, int size, Batch batch) {
            this.kind = kind;
            this.size = size;
            this.batch = batch;
        }
    }

    private static double find(List<Workload> w, String kind, int size) {
        for (Workload x : w) {
            if (x.kind.equals(kind) && x.size == size) {
                return x.best;
            }
        }
        throw new IllegalArgumentException(kind);
    }

    /** One batch of work; returns the payload bytes it processed. */
    @FunctionalInterface
    interface Batch {
        long run() throws Exception;
    }

    /** Runs the batch for one round and returns its MB/s. */
    static double round(Batch batch) throws Exception {
        long bytes = 0;
        long t0 = System.nanoTime();
        long now;
        do {
            bytes += batch.run();
            now = System.nanoTime();
        } while (now - t0 < ROUND_NANOS);
        return bytes / ((now - t0) / 1e9) / 1e6;
    }

    /** Plaintext through SunJCE AES-256-GCM, a fresh nonce per buffer. */
    private static Batch rawGcm(int size, boolean alsoDecrypt) throws Exception {
        byte[] key = new byte[32];
        new Random(1).nextBytes(key);
        SecretKeySpec k = new SecretKeySpec(key, "AES");
        Cipher enc = Cipher.getInstance("AES/GCM/NoPadding");
        Cipher dec = Cipher.getInstance("AES/GCM/NoPadding");
        byte[] in = new byte[size];
        byte[] ct = new byte[size + 16];
        byte[] pt = new byte[size];
        byte[] iv = new byte[12];
        long[] n = {0};
        return () -> {
            for (int j = 0; j < 32; j++) {
                long c = ++n[0];
                for (int b = 0; b < 8; b++) {
                    iv[4 + b] = (byte) (c >>> (56 - 8 * b));
                }
                GCMParameterSpec spec = new GCMParameterSpec(128, iv);
                enc.init(Cipher.ENCRYPT_MODE, k, spec);
                enc.doFinal(in, 0, size, ct, 0);
                if (alsoDecrypt) {
                    dec.init(Cipher.DECRYPT_MODE, k, spec);
                    dec.doFinal(ct, 0, size + 16, pt, 0);
                }
            }
            return 32L * size;
        };
    }

    /** Inner packets through IpsecEngine A (protect) and, if decap, B (decapsulate). */
    private static Batch esp(EspTransform t, int size, boolean decap) throws Exception {
        ByteBufAllocator alloc = PooledByteBufAllocator.DEFAULT;
        long[] clock = {0};
        IpsecEngine a = new IpsecEngine(alloc, () -> clock[0], e -> { });
        IpsecEngine b = new IpsecEngine(alloc, () -> clock[0], e -> { });
        AddressRangeSelector aSel = AddressRangeSelector.between(A_HOST, 24, B_HOST, 24);
        AddressRangeSelector bSel = AddressRangeSelector.between(B_HOST, 24, A_HOST, 24);
        a.setInterfacePolicy(new InterfacePolicy(IF, A, 1500, IF, List.of(SpdEntry.protect("e", aSel, B, "M", 1))));
        b.setInterfacePolicy(new InterfacePolicy(IF, B, 1500, IF, List.of(SpdEntry.protect("e", bSel, A, "M", 1))));
        Random r = new Random(2);
        byte[] ek = new byte[t.encryptionKeyLength()];
        byte[] ik = new byte[t.integrity().keyLength()];
        r.nextBytes(ek);
        r.nextBytes(ik);
        SaKeys keys = new SaKeys(ek, ik);
        SaLifetime none = SaLifetime.unlimited();
        a.installSaPair(new SaPairSpec(IF, "e", IpsecProtocol.ESP, IpsecMode.TUNNEL, A, B, null, t, aSel,
                0x2000, keys, 0x1000, keys, 64, false, none, 0));
        b.installSaPair(new SaPairSpec(IF, "e", IpsecProtocol.ESP, IpsecMode.TUNNEL, B, A, null, t, bSel,
                0x1000, keys, 0x2000, keys, 64, false, none, 0));
        byte[] template = icmp(size);
        return () -> {
            for (int j = 0; j < 32; j++) {
                ByteBuf inner = alloc.heapBuffer(size);
                inner.writeBytes(template);
                OutboundResult o = a.processOutbound(IF, inner);
                ByteBuf outer = ((OutboundResult.Protected) o).packet();
                if (decap) {
                    InboundResult in = b.processInbound(IF, outer);
                    ((InboundResult.Decapsulated) in).inner().release();
                } else {
                    outer.release();
                }
            }
            return 32L * size;
        };
    }

    private static byte[] icmp(int size) {
        byte[] p = new byte[size];
        p[0] = 0x45;
        p[2] = (byte) (size >>> 8);
        p[3] = (byte) size;
        p[8] = 64;
        p[9] = 1;
        int[] addrs = {A_HOST, B_HOST};
        for (int i = 0; i < 2; i++) {
            p[12 + 4 * i] = (byte) (addrs[i] >>> 24);
            p[13 + 4 * i] = (byte) (addrs[i] >>> 16);
            p[14 + 4 * i] = (byte) (addrs[i] >>> 8);
            p[15 + 4 * i] = (byte) addrs[i];
        }
        long s = 0;
        for (int i = 0; i < 20; i += 2) {
            s += (p[i] & 0xff) << 8 | (p[i + 1] & 0xff);
        }
        while ((s >>> 16) != 0) {
            s = (s & 0xffff) + (s >>> 16);
        }
        p[10] = (byte) (~s >>> 8);
        p[11] = (byte) ~s;
        p[20] = 8;
        return p;
    }
}
