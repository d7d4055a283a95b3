package iosim.shell.ssh;

import iosim.config.model.CryptoKey;
import java.io.IOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.interfaces.RSAPrivateCrtKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.RSAPublicKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Properties;

/**
 * A router's private NVRAM for key pairs ({@code crypto key generate rsa|ec}): IOS keeps them
 * across reloads outside the configuration text, so SSH comes back with the same host key and a
 * trustpoint with the key its certificate was issued for. One file per key
 * ({@code <label>.key}: label, algorithm, size, exportable flag, generation time, PKCS#8 private
 * key, X.509 public key), written atomically with owner-only permissions.
 */
public final class HostKeyStore {
    private static final String SUFFIX = ".key";

    private final Path dir;

    public HostKeyStore(Path dir) {
        this.dir = dir;
    }

    public Path dir() {
        return dir;
    }

    /** Saves one RSA or EC key pair (replacing a saved one with the same label); other keys are skipped. */
    public void save(CryptoKey key) throws IOException {
        if (!storable(key)) {
            return;
        }
        Properties p = new Properties();
        p.setProperty("label", key.label());
        p.setProperty("algorithm", key.algorithm());
        p.setProperty("bits", Integer.toString(key.bits()));
        p.setProperty("exportable", Boolean.toString(key.exportable()));
        p.setProperty("generated", key.generated() == null ? "" : key.generated().toString());
        p.setProperty("pkcs8", Base64.getEncoder().encodeToString(key.keyPair().getPrivate().getEncoded()));
        p.setProperty("x509", Base64.getEncoder().encodeToString(key.keyPair().getPublic().getEncoded()));
        StringBuilder text = new StringBuilder("# iosim private NVRAM: a key pair (crypto key generate rsa|ec)\n");
        for (String k : List.of("label", "algorithm", "bits", "exportable", "generated", "pkcs8", "x509")) {
            text.append(k).append('=').append(p.getProperty(k)).append('\n');
        }
        Files.createDirectories(dir);
        Path file = dir.resolve(fileName(key.label()));
        Path tmp = Files.createTempFile(dir, ".key", ".tmp");
        try {
            try {
                Files.setPosixFilePermissions(tmp, PosixFilePermissions.fromString("rw-------"));
            } catch (UnsupportedOperationException e) {
                // not a POSIX file system: keep the default permissions
            }
            Files.writeString(tmp, text, StandardCharsets.UTF_8);
            try {
                Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    private static boolean storable(CryptoKey k) {
        return k.keyPair() != null && (k.keyPair().getPrivate() instanceof RSAPrivateCrtKey
                || k.keyPair().getPrivate() instanceof java.security.interfaces.ECPrivateKey);
    }

    /**
     * Makes the store hold exactly {@code keys}' RSA and EC key pairs: new or changed ones are saved,
     * the files of keys no longer there ({@code crypto key zeroize rsa}) are deleted.
     */
    public void sync(java.util.Collection<CryptoKey> keys) throws IOException {
        java.util.Set<String> keep = new java.util.HashSet<>();
        for (CryptoKey k : keys) {
            if (storable(k)) {
                keep.add(fileName(k.label()));
                if (!holds(k)) {
                    save(k);
                }
            }
        }
        if (Files.isDirectory(dir)) {
            try (DirectoryStream<Path> files = Files.newDirectoryStream(dir, "*" + SUFFIX)) {
                for (Path f : files) {
                    if (!keep.contains(f.getFileName().toString())) {
                        Files.deleteIfExists(f);
                    }
                }
            }
        }
    }

    /** True when a key with this label and the same public key is saved already. */
    public boolean holds(CryptoKey key) {
        return load().stream().anyMatch(k -> k.label().equals(key.label())
                && k.keyPair().getPublic().equals(key.keyPair().getPublic()));
    }

    /** The saved key pairs; unreadable files are skipped. */
    public List<CryptoKey> load() {
        List<CryptoKey> out = new ArrayList<>();
        if (!Files.isDirectory(dir)) {
            return out;
        }
        try (DirectoryStream<Path> files = Files.newDirectoryStream(dir, "*" + SUFFIX)) {
            for (Path f : files) {
                try {
                    out.add(read(f));
                } catch (IOException | GeneralSecurityException | RuntimeException e) {
                    // a damaged key file is ignored; IOS would have no key either
                }
            }
        } catch (IOException e) {
            return out;
        }
        out.sort((a, b) -> a.label().compareTo(b.label()));
        return out;
    }

    private static CryptoKey read(Path f) throws IOException, GeneralSecurityException {
        Properties p = new Properties();
        try (var r = Files.newBufferedReader(f, StandardCharsets.UTF_8)) {
            p.load(r);
        }
        String algorithm = p.getProperty("algorithm", "RSA");
        KeyFactory kf = KeyFactory.getInstance(algorithm);
        var priv = kf.generatePrivate(new PKCS8EncodedKeySpec(Base64.getDecoder().decode(p.getProperty("pkcs8"))));
        java.security.PublicKey pub;
        if (p.getProperty("x509") != null) {
            pub = kf.generatePublic(new X509EncodedKeySpec(Base64.getDecoder().decode(p.getProperty("x509"))));
        } else if (priv instanceof RSAPrivateCrtKey rsa) { // files written before EC keys were kept
            BigInteger n = rsa.getModulus();
            pub = kf.generatePublic(new RSAPublicKeySpec(n, rsa.getPublicExponent()));
        } else {
            throw new GeneralSecurityException("no public key in " + f);
        }
        String generated = p.getProperty("generated", "");
        return new CryptoKey(p.getProperty("label"), algorithm, Integer.parseInt(p.getProperty("bits")),
                Boolean.parseBoolean(p.getProperty("exportable")), new KeyPair(pub, priv),
                generated.isEmpty() ? Files.getLastModifiedTime(f).toInstant() : java.time.Instant.parse(generated));
    }

    private static String fileName(String label) {
        return label.replaceAll("[^A-Za-z0-9._-]", "_") + SUFFIX;
    }
}
