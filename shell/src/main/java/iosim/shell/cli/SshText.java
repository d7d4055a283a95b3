package iosim.shell.cli;

import iosim.config.Platform;
import iosim.config.RunningConfig;
import iosim.config.model.CryptoKey;
import iosim.config.model.SystemSettings;
import java.util.Collection;
import org.apache.sshd.common.config.keys.PublicKeyEntry;

/**
 * {@code show ip ssh} as IOS prints it: enabled (an RSA key exists) or not, the version, the
 * algorithm lists of the platform's SSH server, {@code ip ssh time-out} / {@code
 * authentication-retries}, and the host key in SECSH format wrapped at 80 columns.
 */
final class SshText {
    private static final int WRAP = 80;

    private SshText() {
    }

    static String showIpSsh(RunningConfig c, Platform platform) {
        SystemSettings s = c.system();
        CryptoKey key = hostKey(c, c.cryptoKeys().values());
        String version = s.sshVersion() == null ? "1.99" : s.sshVersion() + ".0";
        int timeout = s.sshTimeoutSeconds() != null ? s.sshTimeoutSeconds() : SystemSettings.SSH_TIMEOUT_DEFAULT;
        int retries = s.sshAuthenticationRetries() != null ? s.sshAuthenticationRetries()
                : SystemSettings.SSH_RETRIES_DEFAULT;
        StringBuilder out = new StringBuilder();
        out.append("SSH ").append(key == null ? "Disabled" : "Enabled").append(" - version ").append(version)
                .append('\n');
        if (key == null) {
            out.append("%Please create RSA keys to enable SSH (and of atleast 768 bits for SSH v2).\n");
        }
        out.append(platform == Platform.C8000V ? XE_ALGORITHMS : CLASSIC_ALGORITHMS);
        out.append("Authentication timeout: ").append(timeout).append(" secs; Authentication retries: ")
                .append(retries).append('\n');
        out.append("Minimum expected Diffie Hellman key size : 2048 bits\n");
        if (key != null) {
            out.append("IOS Keys in SECSH format(ssh-rsa, base64 encoded): ").append(key.label()).append('\n');
            if (platform == Platform.C8000V) {
                out.append("Modulus Size : ").append(key.bits()).append(" bits\n");
            }
            String blob = PublicKeyEntry.toString(key.keyPair().getPublic());
            for (int i = 0; i < blob.length(); i += WRAP) {
                out.append(blob, i, Math.min(blob.length(), i + WRAP)).append('\n');
            }
        }
        return out.toString();
    }

    /** The key SSH uses: the RSA key labelled {@code hostname.domain} if any, else the first RSA key. */
    private static CryptoKey hostKey(RunningConfig c, Collection<CryptoKey> keys) {
        String domain = c.system().domainName();
        String preferred = domain == null ? c.hostname() : c.hostname() + "." + domain;
        CryptoKey first = null;
        for (CryptoKey k : keys) {
            if (!"RSA".equalsIgnoreCase(k.algorithm()) || k.keyPair() == null) {
                continue;
            }
            if (k.label().equalsIgnoreCase(preferred)) {
                return k;
            }
            first = first == null ? k : first;
        }
        return first;
    }

    private static final String CLASSIC_ALGORITHMS = """
            Authentication methods:publickey,keyboard-interactive,password
            Authentication Publickey Algorithms:x509v3-ssh-rsa,ssh-rsa
            Hostkey Algorithms:x509v3-ssh-rsa,ssh-rsa
            Encryption Algorithms:aes128-ctr,aes192-ctr,aes256-ctr
            MAC Algorithms:hmac-sha2-256,hmac-sha2-512,hmac-sha1,hmac-sha1-96
            KEX Algorithms:diffie-hellman-group-exchange-sha1,diffie-hellman-group14-sha1
            """;

    private static final String XE_ALGORITHMS = """
            Authentication methods:publickey,keyboard-interactive,password
            Authentication Publickey Algorithms:ecdsa-sha2-nistp256,ecdsa-sha2-nistp384,ecdsa-sha2-nistp521,\
            rsa-sha2-256,rsa-sha2-512
            Hostkey Algorithms:rsa-sha2-512,rsa-sha2-256
            Encryption Algorithms:aes128-gcm,aes256-gcm,aes128-ctr,aes192-ctr,aes256-ctr
            MAC Algorithms:hmac-sha2-256-etm@openssh.com,hmac-sha2-512-etm@openssh.com,hmac-sha2-256,hmac-sha2-512
            KEX Algorithms:ecdh-sha2-nistp256,ecdh-sha2-nistp384,ecdh-sha2-nistp521,diffie-hellman-group14-sha256,\
            diffie-hellman-group16-sha512
            """;
}
