package iosim.ikev2.eap;

import iosim.ike.crypto.RandomSource;
import iosim.ikev2.api.EapMethod;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * The client side of one EAP conversation: answers Identity, MSCHAPv2 (checking the gateway's
 * authenticator response), MD5 and GTC requests with the user's password, Naks other types.
 * Single-threaded; one instance per IKE SA.
 */
public final class EapPeer {

    /** What a received EAP message led to. */
    public sealed interface Result {
    }

    /** Send this EAP response. */
    public record Reply(EapPacket response) implements Result {
    }

    /** EAP-Success: authenticate IKE with {@code msk} (null: the method made none). */
    public record Success(byte[] msk, EapMethod method) implements Result {
    }

    /** EAP failed (EAP-Failure, or the gateway did not prove it knows the password). */
    public record Failure(String reason) implements Result {
    }

    private final String identity;
    private final String password;
    private final RandomSource random;
    private EapMethod method;
    private String expectedAuthenticator;
    private byte[] msk;
    private boolean serverVerified;

    public EapPeer(String identity, String password, RandomSource random) {
        this.identity = identity;
        this.password = password;
        this.random = random;
    }

    public Result receive(EapPacket p) {
        if (p == null) {
            return new Failure("malformed EAP message");
        }
        switch (p.code()) {
            case EapPacket.SUCCESS -> {
                if (method == EapMethod.MSCHAPV2 && !serverVerified) {
                    return new Failure("EAP-Success before the gateway's MSCHAPv2 authenticator response");
                }
                return method == null ? new Failure("EAP-Success without any method") : new Success(msk, method);
            }
            case EapPacket.FAILURE -> {
                return new Failure("gateway sent EAP-Failure" + (method == null ? "" : " (" + method.displayName() + ")"));
            }
            case EapPacket.REQUEST -> {
                return request(p);
            }
            default -> {
                return new Failure("unexpected EAP code " + p.code());
            }
        }
    }

    private Result request(EapPacket p) {
        byte[] d = p.typeData();
        if (p.type() == EapPacket.TYPE_IDENTITY) {
            return reply(p, EapPacket.TYPE_IDENTITY, identity.getBytes(StandardCharsets.UTF_8));
        }
        EapMethod m = EapMethod.ofType(p.type());
        if (m == null) {
            return reply(p, EapPacket.TYPE_NAK, new byte[] {(byte) EapMethod.MSCHAPV2.type(),
                    (byte) EapMethod.MD5.type(), (byte) EapMethod.GTC.type()});
        }
        method = m;
        return switch (m) {
            case MD5 -> {
                if (d.length < 17 || d[0] != 16) {
                    yield new Failure("malformed EAP-MD5 challenge");
                }
                byte[] out = new byte[17];
                out[0] = 16;
                System.arraycopy(EapServer.md5Response(p.identifier(), password, Arrays.copyOfRange(d, 1, 17)), 0, out, 1, 16);
                yield reply(p, m.type(), out);
            }
            case GTC -> reply(p, m.type(), password.getBytes(StandardCharsets.UTF_8));
            case MSCHAPV2 -> mschap(p, d);
        };
    }

    private Result mschap(EapPacket p, byte[] d) {
        if (d.length < 1) {
            return new Failure("empty EAP-MSCHAPv2 request");
        }
        switch (d[0]) {
            case 1 -> {
                if (d.length < 21 || d[4] != 16) {
                    return new Failure("malformed EAP-MSCHAPv2 challenge");
                }
                byte[] authChallenge = Arrays.copyOfRange(d, 5, 21);
                byte[] peerChallenge = random.bytes(16);
                byte[] nt = MsChapV2.ntResponse(authChallenge, peerChallenge, identity, password);
                expectedAuthenticator = MsChapV2.authenticatorResponse(password, nt, peerChallenge, authChallenge, identity);
                msk = MsChapV2.msk(password, nt);
                byte[] name = identity.getBytes(StandardCharsets.UTF_8);
                byte[] out = new byte[54 + name.length];
                out[0] = 2;
                out[1] = d[1];
                out[2] = (byte) (out.length >> 8);
                out[3] = (byte) out.length;
                out[4] = 49;
                System.arraycopy(peerChallenge, 0, out, 5, 16);
                System.arraycopy(nt, 0, out, 29, 24);
                System.arraycopy(name, 0, out, 54, name.length);
                return reply(p, EapMethod.MSCHAPV2.type(), out);
            }
            case 3 -> {
                String text = new String(d, 4, Math.max(0, d.length - 4), StandardCharsets.US_ASCII);
                if (expectedAuthenticator == null || !text.startsWith(expectedAuthenticator)) {
                    return new Failure("gateway's MSCHAPv2 authenticator response does not verify");
                }
                serverVerified = true;
                return reply(p, EapMethod.MSCHAPV2.type(), new byte[] {3});
            }
            case 4 -> {
                return new Failure("gateway refused the MSCHAPv2 response: "
                        + new String(d, 4, Math.max(0, d.length - 4), StandardCharsets.US_ASCII));
            }
            default -> {
                return new Failure("unexpected EAP-MSCHAPv2 opcode " + d[0]);
            }
        }
    }

    private static Result reply(EapPacket p, int type, byte[] data) {
        return new Reply(EapPacket.response(p.identifier(), type, data));
    }
}
