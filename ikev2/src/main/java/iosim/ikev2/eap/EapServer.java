package iosim.ikev2.eap;

import iosim.ike.crypto.RandomSource;
import iosim.ikev2.api.EapCredentials;
import iosim.ikev2.api.EapMethod;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The authenticator (gateway) side of one EAP conversation: Identity, then MSCHAPv2, MD5 or
 * GTC against the credentials, honouring a client's Nak. Each call returns what to send next:
 * another request, or the outcome (EAP-Success with the MSK when the method makes one, or
 * EAP-Failure with the reason). Single-threaded; one instance per IKE SA.
 */
public final class EapServer {

    /** What to do after a step. */
    public sealed interface Step {
    }

    /** Send this EAP request and wait for the response. */
    public record Send(EapPacket request) implements Step {
    }

    /** Send EAP-Success; {@code msk} is null for methods without key material. */
    public record Succeeded(EapPacket success, byte[] msk) implements Step {
    }

    /** Send EAP-Failure; authentication failed for {@code reason}. */
    public record Failed(EapPacket failure, String reason) implements Step {
    }

    private enum State { IDENTITY, CHALLENGE, MSCHAP_SUCCESS, DONE }

    private static final int MSCHAP_CHALLENGE = 1;
    private static final int MSCHAP_RESPONSE = 2;
    private static final int MSCHAP_SUCCESS = 3;
    private static final int MSCHAP_FAILURE = 4;

    private final List<EapMethod> methods;
    private final boolean queryIdentity;
    private final EapCredentials credentials;
    private final RandomSource random;
    private final String serverName;
    private final List<EapMethod> tried = new ArrayList<>();
    private State state;
    private int id;
    private String identity;
    private EapMethod method;
    private byte[] challenge;
    private byte[] msk;

    /**
     * @param initialIdentity the client's IKE identity as text, its EAP identity unless {@code queryIdentity}
     * @param serverName      the name in MS-CHAPv2 challenges (IOS: the hostname)
     */
    public EapServer(List<EapMethod> methods, boolean queryIdentity, EapCredentials credentials, RandomSource random,
                     String initialIdentity, String serverName) {
        this.methods = List.copyOf(methods);
        this.queryIdentity = queryIdentity;
        this.credentials = credentials;
        this.random = random;
        this.identity = initialIdentity;
        this.serverName = serverName;
        this.id = random.bytes(1)[0] & 0xff;
    }

    /** The EAP identity (after the Identity round, or the initial one). */
    public String identity() {
        return identity;
    }

    /** The method in use, null before one started. */
    public EapMethod method() {
        return method;
    }

    public Step start() {
        if (queryIdentity) {
            state = State.IDENTITY;
            return new Send(EapPacket.request(nextId(), EapPacket.TYPE_IDENTITY, new byte[0]));
        }
        return startMethod(methods.get(0));
    }

    public Step receive(EapPacket p) {
        if (p == null || p.code() != EapPacket.RESPONSE) {
            return fail("malformed EAP message or not an EAP response");
        }
        if (p.identifier() != id) {
            return fail("EAP response id " + p.identifier() + " does not answer request id " + id);
        }
        if (state == State.IDENTITY) {
            if (p.type() != EapPacket.TYPE_IDENTITY) {
                return fail("expected EAP identity response, got type " + p.type());
            }
            identity = new String(p.typeData(), StandardCharsets.UTF_8);
            return startMethod(methods.get(0));
        }
        if (p.type() == EapPacket.TYPE_NAK && state == State.CHALLENGE) {
            return nak(p.typeData());
        }
        if (method == null || p.type() != method.type()) {
            return fail("expected " + (method == null ? "EAP" : method.displayName()) + " response, got type " + p.type());
        }
        return switch (method) {
            case MSCHAPV2 -> mschap(p.typeData());
            case MD5 -> md5(p.typeData());
            case GTC -> gtc(p.typeData());
        };
    }

    private Step nak(byte[] wanted) {
        for (byte b : wanted) {
            EapMethod m = EapMethod.ofType(b & 0xff);
            if (m != null && methods.contains(m) && !tried.contains(m)) {
                return startMethod(m);
            }
        }
        return fail("client refused " + method.displayName() + " (Nak) and wants none of the configured methods");
    }

    private Step startMethod(EapMethod m) {
        method = m;
        tried.add(m);
        state = State.CHALLENGE;
        int reqId = nextId();
        return switch (m) {
            case MSCHAPV2 -> {
                challenge = random.bytes(16);
                byte[] name = serverName.getBytes(StandardCharsets.UTF_8);
                byte[] d = new byte[4 + 1 + 16 + name.length];
                d[0] = MSCHAP_CHALLENGE;
                d[1] = (byte) reqId;
                d[2] = (byte) (d.length >> 8);
                d[3] = (byte) d.length;
                d[4] = 16;
                System.arraycopy(challenge, 0, d, 5, 16);
                System.arraycopy(name, 0, d, 21, name.length);
                yield new Send(EapPacket.request(reqId, m.type(), d));
            }
            case MD5 -> {
                challenge = random.bytes(16);
                byte[] d = new byte[17];
                d[0] = 16;
                System.arraycopy(challenge, 0, d, 1, 16);
                yield new Send(EapPacket.request(reqId, m.type(), d));
            }
            case GTC -> new Send(EapPacket.request(reqId, m.type(), "Password: ".getBytes(StandardCharsets.US_ASCII)));
        };
    }

    private Step mschap(byte[] d) {
        if (d.length < 1) {
            return fail("empty EAP-MSCHAPv2 response");
        }
        if (state == State.MSCHAP_SUCCESS) {
            if (d[0] != MSCHAP_SUCCESS) {
                return fail("client did not acknowledge EAP-MSCHAPv2 success");
            }
            state = State.DONE;
            return new Succeeded(EapPacket.success(id), msk);
        }
        if (d[0] != MSCHAP_RESPONSE || d.length < 54 || (d[4] & 0xff) != 49) {
            return fail("malformed EAP-MSCHAPv2 response");
        }
        byte[] peerChallenge = Arrays.copyOfRange(d, 5, 21);
        byte[] ntResponse = Arrays.copyOfRange(d, 29, 53);
        String name = new String(d, 54, d.length - 54, StandardCharsets.UTF_8);
        String user = MsChapV2.stripDomain(name.isEmpty() ? identity : name);
        Optional<String> pw = lookup(user);
        if (pw.isEmpty()) {
            return fail("user " + user + " is unknown or has no clear-text password");
        }
        byte[] expected = MsChapV2.ntResponse(challenge, peerChallenge, name.isEmpty() ? identity : name, pw.get());
        if (!MessageDigest.isEqual(expected, ntResponse)) {
            return fail("EAP-MSCHAPv2 response of user " + user + " does not verify: wrong password");
        }
        identity = user;
        msk = MsChapV2.msk(pw.get(), ntResponse);
        String s = MsChapV2.authenticatorResponse(pw.get(), ntResponse, peerChallenge, challenge,
                name.isEmpty() ? identity : name) + " M=Welcome";
        byte[] text = s.getBytes(StandardCharsets.US_ASCII);
        int reqId = nextId();
        byte[] out = new byte[4 + text.length];
        out[0] = MSCHAP_SUCCESS;
        out[1] = d[1];
        out[2] = (byte) (out.length >> 8);
        out[3] = (byte) out.length;
        System.arraycopy(text, 0, out, 4, text.length);
        state = State.MSCHAP_SUCCESS;
        return new Send(EapPacket.request(reqId, EapMethod.MSCHAPV2.type(), out));
    }

    private Step md5(byte[] d) {
        if (d.length < 17 || (d[0] & 0xff) != 16) {
            return fail("malformed EAP-MD5 response");
        }
        Optional<String> pw = lookup(identity);
        if (pw.isEmpty()) {
            return fail("user " + identity + " is unknown or has no clear-text password");
        }
        byte[] expected = md5Response(id, pw.get(), challenge);
        if (!MessageDigest.isEqual(expected, Arrays.copyOfRange(d, 1, 17))) {
            return fail("EAP-MD5 response of user " + identity + " does not verify: wrong password");
        }
        state = State.DONE;
        return new Succeeded(EapPacket.success(id), null);
    }

    private Step gtc(byte[] d) {
        Optional<String> pw = lookup(identity);
        if (pw.isEmpty()) {
            return fail("user " + identity + " is unknown or has no clear-text password");
        }
        if (!MessageDigest.isEqual(pw.get().getBytes(StandardCharsets.UTF_8), d)) {
            return fail("EAP-GTC password of user " + identity + " is wrong");
        }
        state = State.DONE;
        return new Succeeded(EapPacket.success(id), null);
    }

    /** MD5(identifier | password | challenge) (RFC 1994 4.1, RFC 3748 5.4). */
    public static byte[] md5Response(int identifier, String password, byte[] challenge) {
        try {
            MessageDigest md = MessageDigest.getInstance("MD5");
            md.update((byte) identifier);
            md.update(password.getBytes(StandardCharsets.UTF_8));
            md.update(challenge);
            return md.digest();
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private Optional<String> lookup(String user) {
        try {
            return user == null ? Optional.empty() : credentials.password(user);
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }

    private Step fail(String reason) {
        state = State.DONE;
        return new Failed(EapPacket.failure(id), reason);
    }

    private int nextId() {
        id = (id + 1) & 0xff;
        return id;
    }
}
