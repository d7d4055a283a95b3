package iosim.ikev2.eap;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;

/** The published MS-CHAPv2 vectors: RFC 2759 section 9.2 and RFC 3079 section 3.5.3. */
class MsChapV2Test {
    private static final HexFormat HEX = HexFormat.of();
    private static final byte[] AUTH_CHALLENGE = HEX.parseHex("5b5d7c7d7b3f2f3e3c2c602132262628");
    private static final byte[] PEER_CHALLENGE = HEX.parseHex("21402324255e262a28295f2b3a337c7e");

    @Test
    void rfc2759Vectors() {
        assertArrayEquals(HEX.parseHex("d02e4386bce91226"), MsChapV2.challengeHash(PEER_CHALLENGE, AUTH_CHALLENGE, "User"));
        assertArrayEquals(HEX.parseHex("44ebba8d5312b8d611474411f56989ae"), MsChapV2.ntPasswordHash("clientPass"));
        byte[] nt = MsChapV2.ntResponse(AUTH_CHALLENGE, PEER_CHALLENGE, "User", "clientPass");
        assertArrayEquals(HEX.parseHex("82309ecd8d708b5ea08faa3981cd83544233114a3d85d6df"), nt);
        assertArrayEquals(HEX.parseHex("41c00c584bd2d91c4017a2a12fa59f3f"), MsChapV2.md4(MsChapV2.ntPasswordHash("clientPass")));
        assertEquals("S=407A5589115FD0D6209F510FE9C04566932CDA56",
                MsChapV2.authenticatorResponse("clientPass", nt, PEER_CHALLENGE, AUTH_CHALLENGE, "User"));
    }

    @Test
    void rfc3079MasterKeyAndSendKey() {
        byte[] nt = HEX.parseHex("82309ecd8d708b5ea08faa3981cd83544233114a3d85d6df");
        assertArrayEquals(HEX.parseHex("fdece3717a8c838cb388e527ae3cdd31"), MsChapV2.masterKey("clientPass", nt));
        byte[] msk = MsChapV2.msk("clientPass", nt);
        assertEquals(64, msk.length);
        // RFC 3079's sample SendStartKey128 is derived with Magic3 (the server's send key): the MSK's second 16 octets
        assertArrayEquals(HEX.parseHex("8b7cdc149b993a1ba118cb153f56dccb"), Arrays.copyOfRange(msk, 16, 32));
        assertArrayEquals(new byte[32], Arrays.copyOfRange(msk, 32, 64));
    }

    @Test
    void domainIsStrippedFromTheUserName() {
        assertArrayEquals(MsChapV2.challengeHash(PEER_CHALLENGE, AUTH_CHALLENGE, "User"),
                MsChapV2.challengeHash(PEER_CHALLENGE, AUTH_CHALLENGE, "CORP\\User"));
    }
}
