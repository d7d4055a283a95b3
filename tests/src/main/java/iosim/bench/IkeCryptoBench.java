package iosim.bench;

import iosim.ike.crypto.DhGroup;
import iosim.ike.crypto.DhKeyPair;
import iosim.ike.crypto.EncryptionAlgorithm;
import iosim.ike.crypto.IntegrityAlgorithm;
import iosim.ike.crypto.PrfAlgorithm;
import iosim.ike.crypto.RandomSource;
import iosim.ikev2.crypto.CryptoSuite;
import iosim.ikev2.crypto.IkeSaKeys;
import iosim.ikev2.crypto.Keymat;
import iosim.ikev2.crypto.SkKeys;
import iosim.ikev2.message.DecodeResult;
import iosim.ikev2.message.ExchangeType;
import iosim.ikev2.message.IkeHeader;
import iosim.ikev2.message.IkeMessageCodec;
import iosim.ikev2.message.NotifyPayload;
import iosim.ikev2.message.NotifyType;
import iosim.ikev2.message.Payload;
import iosim.ikev2.message.VendorIdPayload;
import java.util.ArrayList;
import java.util.List;

/**
 * IKEv2 cryptography on one core: one side's Diffie-Hellman work for groups 14, 19 and 31 (key
 * pair generation, shared secret with peer validation, and both together), the IKE SA key
 * schedule, and SK payload seal+open of an IKE_AUTH-sized message. A full handshake costs both
 * sides' DH work plus the rest, so half the per-CPU-second key pair + shared secret rate is the
 * most handshakes one core could do if DH were all; strongSwan's anchors are whole handshakes/s.
 * Each figure is the best of three rounds.
 */
public final class IkeCryptoBench implements Bench {
    private static final long WARMUP_CPU_NANOS = 700_000_000L;
    private static final long MEASURE_NANOS = 1_500_000_000L;
    private static final int ROUNDS = 3;

    @Override
    public String area() {
        return "ikev2-crypto";
    }

    @Override
    public List<Figure> run() throws Exception {
        List<Figure> out = new ArrayList<>();
        RandomSource random = RandomSource.secure();
        String[] anchors = {"strongSwan 135-200 handshakes/s (modp2048, 2 daemons, 2 cores)",
            "strongSwan ~310 handshakes/s (ecp256)", "strongSwan ~360 handshakes/s (curve25519)"};
        DhGroup[] groups = {DhGroup.MODP_2048, DhGroup.ECP_256, DhGroup.CURVE25519};
        for (int i = 0; i < groups.length; i++) {
            DhGroup g = groups[i];
            byte[] peer = g.generateKeyPair(random).publicValue();
            DhKeyPair mine = g.generateKeyPair(random);
            double keygen = measureBoth(() -> g.generateKeyPair(random))[1];
            double agree = measureBoth(() -> mine.computeSharedSecret(peer))[1];
            double[] both = measureBoth(() -> g.generateKeyPair(random).computeSharedSecret(peer));
            String name = "DH group " + g.id() + " (" + g.name() + ")";
            out.add(new Figure(name + ": key pair, per CPU-second", keygen, "ops/cpu-s", "one side's KE payload"));
            out.add(new Figure(name + ": shared secret with peer validation, per CPU-second", agree, "ops/cpu-s",
                    "one side's g^ir"));
            out.add(new Figure(name + ": key pair + shared secret (one side), per wall second", both[0], "ops/s",
                    "need >= 2x handshakes/s; " + anchors[i]));
            out.add(new Figure(name + ": key pair + shared secret (one side), per CPU-second", both[1], "ops/cpu-s",
                    "same work / this thread's CPU time (load-independent)"));
            out.add(new Figure(name + ": DH-only ceiling, both sides on one core", both[1] / 2, "handshakes/cpu-s",
                    anchors[i]));
        }
        CryptoSuite suite = CryptoSuite.ike(EncryptionAlgorithm.AES_CBC, 256, PrfAlgorithm.HMAC_SHA2_256,
                IntegrityAlgorithm.HMAC_SHA2_256_128, DhGroup.MODP_2048);
        byte[] gir = random.bytes(256);
        byte[] ni = random.bytes(32);
        byte[] nr = random.bytes(32);
        out.add(new Figure("SKEYSEED + SK_* derivation (sha256)",
                measure(() -> Keymat.deriveIkeSaKeys(suite, gir, ni, nr, 1L, 2L)), "ops/s", "cheap next to DH"));
        IkeSaKeys keys = Keymat.deriveIkeSaKeys(suite, gir, ni, nr, 1L, 2L);
        out.add(sealOpen("SK seal+open 250 B, AES-CBC-256/SHA256", keys.initiatorToResponder(), random));
        CryptoSuite gcmSuite = CryptoSuite.ike(EncryptionAlgorithm.AES_GCM_16, 256, PrfAlgorithm.HMAC_SHA2_256, null,
                DhGroup.ECP_256);
        out.add(sealOpen("SK seal+open 250 B, AES-GCM-256",
                Keymat.deriveIkeSaKeys(gcmSuite, gir, ni, nr, 1L, 2L).initiatorToResponder(), random));
        return out;
    }

    private static Figure sealOpen(String name, SkKeys k, RandomSource random) throws Exception {
        IkeMessageCodec codec = new IkeMessageCodec(random);
        IkeHeader h = IkeHeader.request(1, 2, ExchangeType.IKE_AUTH, 1, true);
        List<Payload> inner = List.of(NotifyPayload.of(NotifyType.INITIAL_CONTACT), new VendorIdPayload(new byte[200]));
        double rate = measure(() -> {
            byte[] wire = codec.encodeProtected(h, inner, k);
            if (!(IkeMessageCodec.decodeProtected(wire, k) instanceof DecodeResult.Ok)) {
                throw new IllegalStateException("round trip failed");
            }
        });
        return new Figure(name, rate, "msgs/s", "cheap next to DH");
    }

    private interface Op {
        void run() throws Exception;
    }

    private static double measure(Op op) throws Exception {
        return measureBoth(op)[0];
    }

    /** {wall-clock rate, rate per CPU-second of this thread}, each the best of {@value #ROUNDS} rounds. */
    private static double[] measureBoth(Op op) throws Exception {
        java.lang.management.ThreadMXBean cpu = java.lang.management.ManagementFactory.getThreadMXBean();
        // warm up by this thread's CPU time, not wall time: on a loaded machine a wall-clock
        // warm-up ends before the JIT has compiled the DH paths
        long cpuWarm = cpu.getCurrentThreadCpuTime() + WARMUP_CPU_NANOS;
        long end = System.nanoTime() + 10 * WARMUP_CPU_NANOS;
        while (cpu.getCurrentThreadCpuTime() < cpuWarm && System.nanoTime() < end) {
            op.run();
        }
        double[] best = {0, 0};
        for (int round = 0; round < ROUNDS; round++) {
            long start = System.nanoTime();
            long cpuStart = cpu.getCurrentThreadCpuTime();
            end = start + MEASURE_NANOS / ROUNDS;
            long n = 0;
            long now;
            do {
                op.run();
                n++;
                now = System.nanoTime();
            } while (now < end);
            long cpuUsed = Math.max(1, cpu.getCurrentThreadCpuTime() - cpuStart);
            best[0] = Math.max(best[0], n * 1e9 / (now - start));
            best[1] = Math.max(best[1], n * 1e9 / cpuUsed);
        }
        return best;
    }
}
