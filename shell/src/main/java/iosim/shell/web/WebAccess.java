package iosim.shell.web;

import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpRequest;
import io.netty.handler.codec.http.QueryStringDecoder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.List;

/**
 * Who may use the dashboard: a random token made for this run (printed on the console inside
 * the page's URL) that every WebSocket must carry as {@code ?token=}, and, off loopback, the
 * password on every request (HTTP Basic). Comparisons take constant time.
 */
final class WebAccess {
    static final String USER = "iosim";

    private final String token;
    private final byte[] basic;

    WebAccess(String password) {
        byte[] b = new byte[24];
        new SecureRandom().nextBytes(b);
        this.token = Base64.getUrlEncoder().withoutPadding().encodeToString(b);
        this.basic = password == null ? null
                : ("Basic " + Base64.getEncoder().encodeToString((USER + ":" + password).getBytes(StandardCharsets.UTF_8)))
                        .getBytes(StandardCharsets.US_ASCII);
    }

    String token() {
        return token;
    }

    boolean needsPassword() {
        return basic != null;
    }

    /** True when the request carries the password (or none is needed). */
    boolean passwordOk(HttpRequest req) {
        if (basic == null) {
            return true;
        }
        String h = req.headers().get(HttpHeaderNames.AUTHORIZATION);
        return h != null && MessageDigest.isEqual(basic, h.getBytes(StandardCharsets.US_ASCII));
    }

    /** True when the request's {@code token} parameter is this run's token. */
    boolean tokenOk(String uri) {
        List<String> t = new QueryStringDecoder(uri).parameters().get("token");
        return t != null && t.size() == 1
                && MessageDigest.isEqual(token.getBytes(StandardCharsets.US_ASCII), t.get(0).getBytes(StandardCharsets.US_ASCII));
    }
}
