package iosim.ospf.packet;

import static iosim.ospf.packet.Addr.parse;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class OspfCodecTest {
    private static final OspfPacket.Hello HELLO = new OspfPacket.Hello(parse("255.255.255.0"), 10, OspfPacket.OPT_E, 1, 40,
            parse("10.0.0.2"), parse("10.0.0.1"), List.of(parse("2.2.2.2")));

    @Test
    void helloRoundTripsAndHasTheRfcLayout() {
        byte[] b = OspfCodec.encode(parse("1.1.1.1"), 0, HELLO, Auth.NONE, 0);
        assertThat(b).hasSize(24 + 24);
        assertThat(b[0]).isEqualTo((byte) 2);
        assertThat(b[1]).isEqualTo((byte) 1);
        assertThat(Addr.getShort(b, 2)).isEqualTo(48);
        assertThat(Addr.getInt(b, 4)).isEqualTo(parse("1.1.1.1"));
        assertThat(OspfCodec.checksum(b, b.length)).isZero(); // the stored checksum makes the sum zero
        OspfCodec.Decoded d = OspfCodec.decode(b, 0, b.length, Auth.NONE);
        assertThat(d.ok()).isTrue();
        assertThat(d.packet()).isEqualTo(HELLO);
        assertThat(d.routerId()).isEqualTo(parse("1.1.1.1"));
    }

    @Test
    void everyPacketTypeRoundTrips() {
        Lsa lsa = Lsa.build(1, 2, LsaType.ROUTER, parse("1.1.1.1"), parse("1.1.1.1"), LsaHeader.INITIAL_SEQ,
                new RouterLsa(false, true, false, List.of(new RouterLsa.Link(parse("10.0.0.2"), parse("10.0.0.1"),
                        RouterLsa.TRANSIT, 1))).encode());
        List<OspfPacket> ps = List.of(HELLO,
                new OspfPacket.Dbd(1500, 2, 7, 12345, List.of(lsa.header())),
                new OspfPacket.LsRequest(List.of(lsa.key())),
                new OspfPacket.LsUpdate(List.of(lsa, lsa)),
                new OspfPacket.LsAck(List.of(lsa.header())));
        for (OspfPacket p : ps) {
            for (Auth a : List.of(Auth.NONE, Auth.simple("cisco"), Auth.md5(7, "key"),
                    Auth.hmac(Auth.Type.HMAC_SHA256, 3, "k"))) {
                byte[] b = OspfCodec.encode(parse("9.9.9.9"), parse("0.0.0.1"), p, a, 77);
                OspfCodec.Decoded d = OspfCodec.decode(b, 0, b.length, a);
                assertThat(d.result()).as(p + " " + a).isEqualTo(OspfCodec.Result.OK);
                assertThat(d.areaId()).isEqualTo(1);
                if (p instanceof OspfPacket.LsUpdate u) {
                    OspfPacket.LsUpdate got = (OspfPacket.LsUpdate) d.packet();
                    assertThat(got.lsas()).hasSize(2);
                    assertThat(got.lsas().get(0).bytes()).isEqualTo(u.lsas().get(0).bytes());
                } else {
                    assertThat(d.packet()).isEqualTo(p);
                }
            }
        }
    }

    @Test
    void md5UsesKeyIdSequenceAndATrailingDigestAndRejectsTheWrongKey() {
        byte[] b = OspfCodec.encode(parse("1.1.1.1"), 0, HELLO, Auth.md5(1, "s3cret"), 0x01020304L);
        assertThat(Addr.getShort(b, 2)).isEqualTo(48); // length excludes the digest
        assertThat(b).hasSize(48 + 16);
        assertThat(Addr.getShort(b, 14)).isEqualTo(2);
        assertThat(b[18]).isEqualTo((byte) 1);
        assertThat(b[19]).isEqualTo((byte) 16);
        assertThat(Addr.getInt(b, 20)).isEqualTo(0x01020304);
        assertThat(OspfCodec.decode(b, 0, b.length, Auth.md5(1, "other")).result())
                .isEqualTo(OspfCodec.Result.AUTH_FAILED);
        assertThat(OspfCodec.decode(b, 0, b.length, Auth.md5(2, "s3cret")).result())
                .isEqualTo(OspfCodec.Result.AUTH_KEY_MISMATCH);
        assertThat(OspfCodec.decode(b, 0, b.length, Auth.NONE).result())
                .isEqualTo(OspfCodec.Result.AUTH_TYPE_MISMATCH);
        b[30] ^= 1;
        assertThat(OspfCodec.decode(b, 0, b.length, Auth.md5(1, "s3cret")).result())
                .isEqualTo(OspfCodec.Result.AUTH_FAILED);
    }

    @Test
    void randomAndTruncatedInputNeverThrows() {
        Random rnd = new Random(1);
        byte[] good = OspfCodec.encode(parse("1.1.1.1"), 0, new OspfPacket.LsUpdate(List.of(
                Lsa.build(0, 2, 1, 1, 1, LsaHeader.INITIAL_SEQ, new byte[] {0, 0, 0, 0}))), Auth.NONE, 0);
        for (int i = 0; i < 20_000; i++) {
            byte[] b = good.clone();
            int n = 1 + rnd.nextInt(4);
            for (int j = 0; j < n; j++) {
                b[rnd.nextInt(b.length)] = (byte) rnd.nextInt(256);
            }
            int len = rnd.nextInt(b.length + 1);
            OspfCodec.decode(b, 0, len, Auth.NONE);
        }
        assertThat(OspfCodec.decode(new byte[10], 0, 10, Auth.NONE).result()).isEqualTo(OspfCodec.Result.MALFORMED);
    }

    @Test
    void fletcherChecksumSumsToZeroOverTheLsaAndDetectsChanges() {
        Random rnd = new Random(2);
        for (int i = 0; i < 200; i++) {
            byte[] body = new byte[4 + 4 * rnd.nextInt(40)];
            rnd.nextBytes(body);
            Lsa l = Lsa.build(rnd.nextInt(3600), 2, 1 + rnd.nextInt(5), rnd.nextInt(), rnd.nextInt(), rnd.nextInt(), body);
            byte[] b = l.bytes();
            int c0 = 0;
            int c1 = 0;
            for (int j = 2; j < b.length; j++) {
                c0 = (c0 + (b[j] & 0xff)) % 255;
                c1 = (c1 + c0) % 255;
            }
            assertThat(c0).isZero();
            assertThat(c1).isZero();
            assertThat(l.checksumOk()).isTrue();
            assertThat(l.withAge(3000).checksumOk()).isTrue(); // the age is not covered
            b[b.length - 1] ^= 0x10;
            assertThat(Lsa.decode(b, 0, b.length).checksumOk()).isFalse();
        }
    }

    @Test
    void lsaRecencyFollowsRfc2328() {
        LsaHeader a = new LsaHeader(10, 2, 1, 1, 1, LsaHeader.INITIAL_SEQ, 100, 24);
        LsaHeader newer = new LsaHeader(10, 2, 1, 1, 1, LsaHeader.INITIAL_SEQ + 1, 5, 24);
        LsaHeader maxAge = new LsaHeader(3600, 2, 1, 1, 1, LsaHeader.INITIAL_SEQ, 100, 24);
        LsaHeader older = new LsaHeader(1000, 2, 1, 1, 1, LsaHeader.INITIAL_SEQ, 100, 24);
        assertThat(newer.compareRecency(a)).isPositive();
        assertThat(maxAge.compareRecency(a)).isPositive();
        assertThat(older.compareRecency(a)).isNegative();
        assertThat(a.compareRecency(a)).isZero();
        assertThat(new LsaHeader(10, 2, 1, 1, 1, -5, 0, 24).compareRecency(a)).isPositive(); // signed: 0x80000001 is the oldest
    }

    @Test
    void lsaBodiesRoundTrip() {
        RouterLsa r = new RouterLsa(false, true, true, List.of(new RouterLsa.Link(1, 2, RouterLsa.STUB, 10),
                new RouterLsa.Link(3, 4, RouterLsa.PTP, 65535)));
        assertThat(RouterLsa.decode(r.encode())).isEqualTo(r);
        NetworkLsa n = new NetworkLsa(parse("255.255.255.0"), List.of(1, 2, 3));
        assertThat(NetworkLsa.decode(n.encode())).isEqualTo(n);
        SummaryLsa s = new SummaryLsa(parse("255.255.0.0"), 0xfffffe);
        assertThat(SummaryLsa.decode(s.encode())).isEqualTo(s);
        ExternalLsa x = new ExternalLsa(0, true, 20, parse("10.0.0.9"), 7);
        assertThat(ExternalLsa.decode(x.encode())).isEqualTo(x);
        assertThat(RouterLsa.decode(new byte[] {0, 0, 0, 5})).isNull();
    }
}
