package iosim.ikev2.crypto;

import java.io.IOException;
import java.security.GeneralSecurityException;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.Signature;
import java.security.interfaces.ECKey;
import java.security.spec.MGF1ParameterSpec;
import java.security.spec.PSSParameterSpec;
import java.util.Arrays;
import java.util.List;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.DERNull;
import org.bouncycastle.asn1.nist.NISTObjectIdentifiers;
import org.bouncycastle.asn1.x509.X509ObjectIdentifiers;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.asn1.pkcs.RSASSAPSSparams;
import org.bouncycastle.asn1.x509.AlgorithmIdentifier;
import org.bouncycastle.asn1.x9.X9ObjectIdentifiers;

/**
 * Signature AUTH payload data (RFC 7296 2.15): the signed octets are those of
 * {@link PskAuth#signedOctets}, signed with
 * <ul>
 *   <li>method 1, RSA Digital Signature: RSASSA-PKCS1-v1_5 with SHA-1;</li>
 *   <li>methods 9, 10, 11 (RFC 4754): ECDSA with SHA-256 on P-256, SHA-384 on P-384, SHA-512 on
 *       P-521, the signature as r | s of fixed length;</li>
 *   <li>method 14, Digital Signature (RFC 7427): one octet length, the DER AlgorithmIdentifier of
 *       the signature algorithm, the signature (ECDSA in DER); RSA PKCS#1 v1.5 or RSASSA-PSS.</li>
 * </ul>
 * AlgorithmIdentifiers are built and parsed with Bouncy Castle's ASN.1 classes. Pure functions.
 */
public final class SignatureAuth {
    public static final int METHOD_RSA = 1;
    public static final int METHOD_ECDSA_256 = 9;
    public static final int METHOD_ECDSA_384 = 10;
    public static final int METHOD_ECDSA_521 = 11;
    public static final int METHOD_DIGITAL_SIGNATURE = 14;

    /** RFC 7427 hash algorithm identifiers (SIGNATURE_HASH_ALGORITHMS notify data, 2 octets each). */
    public static final int HASH_SHA1 = 1;
    public static final int HASH_SHA256 = 2;
    public static final int HASH_SHA384 = 3;
    public static final int HASH_SHA512 = 4;
    /** What we announce: SHA-256, SHA-384, SHA-512. */
    public static final List<Integer> OUR_HASHES = List.of(HASH_SHA256, HASH_SHA384, HASH_SHA512);

    private SignatureAuth() {}

    /** A signature ready for the AUTH payload: the method number and the payload data. */
    public record Signed(int method, byte[] data) {}

    /**
     * Signs {@code octets} with {@code key}: RFC 7427 when {@code digitalSignature} and the peer
     * announced hashes we can use ({@code peerHashes}, empty when it sent none), else the
     * classic method of the key type.
     */
    public static Signed sign(PrivateKey key, byte[] octets, boolean digitalSignature, List<Integer> peerHashes)
            throws GeneralSecurityException {
        boolean ec = key instanceof ECKey;
        int curveBits = ec ? ((ECKey) key).getParams().getCurve().getField().getFieldSize() : 0;
        int preferred = !ec ? HASH_SHA256 : curveBits <= 256 ? HASH_SHA256 : curveBits <= 384 ? HASH_SHA384 : HASH_SHA512;
        if (digitalSignature && !peerHashes.isEmpty()) {
            int hash = peerHashes.contains(preferred) ? preferred
                    : OUR_HASHES.stream().filter(peerHashes::contains).findFirst().orElse(0);
            if (hash != 0) {
                AlgorithmIdentifier alg = new AlgorithmIdentifier(oid(ec, hash), ec ? null : DERNull.INSTANCE);
                byte[] der;
                try {
                    der = alg.getEncoded("DER");
                } catch (IOException e) {
                    throw new GeneralSecurityException(e);
                }
                byte[] sig = jca(jcaName(ec, hash), key, null, octets);
                byte[] out = new byte[1 + der.length + sig.length];
                out[0] = (byte) der.length;
                System.arraycopy(der, 0, out, 1, der.length);
                System.arraycopy(sig, 0, out, 1 + der.length, sig.length);
                return new Signed(METHOD_DIGITAL_SIGNATURE, out);
            }
        }
        if (!ec) {
            return new Signed(METHOD_RSA, jca("SHA1withRSA", key, null, octets));
        }
        int method = curveBits <= 256 ? METHOD_ECDSA_256 : curveBits <= 384 ? METHOD_ECDSA_384 : METHOD_ECDSA_521;
        return new Signed(method, jca(jcaName(true, preferred) + "inP1363Format", key, null, octets));
    }

    /**
     * Checks a signature AUTH; returns null when it verifies, or why not (wrong method for the key
     * type, curve mismatch, unknown algorithm, bad signature).
     */
    public static String verify(PublicKey key, int method, byte[] data, byte[] octets) {
        boolean ec = key instanceof ECKey;
        try {
            switch (method) {
                case METHOD_RSA -> {
                    if (ec) {
                        return "RSA signature method, but the certificate holds an EC key";
                    }
                    return check("SHA1withRSA", null, key, octets, data);
                }
                case METHOD_ECDSA_256, METHOD_ECDSA_384, METHOD_ECDSA_521 -> {
                    if (!ec) {
                        return "ECDSA signature method, but the certificate holds an RSA key";
                    }
                    int bits = ((ECKey) key).getParams().getCurve().getField().getFieldSize();
                    int want = bits <= 256 ? METHOD_ECDSA_256 : bits <= 384 ? METHOD_ECDSA_384 : METHOD_ECDSA_521;
                    if (want != method) {
                        return "ECDSA method " + method + " does not match the certificate's " + bits + "-bit curve";
                    }
                    int hash = method == METHOD_ECDSA_256 ? HASH_SHA256 : method == METHOD_ECDSA_384 ? HASH_SHA384
                            : HASH_SHA512;
                    return check(jcaName(true, hash) + "inP1363Format", null, key, octets, data);
                }
                case METHOD_DIGITAL_SIGNATURE -> {
                    return verifyDigitalSignature(key, ec, data, octets);
                }
                default -> {
                    return "authentication method " + method + " is not a signature method";
                }
            }
        } catch (GeneralSecurityException | RuntimeException e) {
            return "signature does not verify (" + e.getMessage() + ")";
        }
    }

    private static String verifyDigitalSignature(PublicKey key, boolean ec, byte[] data, byte[] octets)
            throws GeneralSecurityException {
        if (data.length < 2 || (data[0] & 0xff) + 1 > data.length) {
            return "malformed Digital Signature AUTH data";
        }
        int len = data[0] & 0xff;
        AlgorithmIdentifier alg = AlgorithmIdentifier.getInstance(Arrays.copyOfRange(data, 1, 1 + len));
        byte[] sig = Arrays.copyOfRange(data, 1 + len, data.length);
        ASN1ObjectIdentifier oid = alg.getAlgorithm();
        if (oid.equals(PKCSObjectIdentifiers.id_RSASSA_PSS)) {
            if (ec) {
                return "RSASSA-PSS signature, but the certificate holds an EC key";
            }
            return check("RSASSA-PSS", pss(RSASSAPSSparams.getInstance(alg.getParameters())), key, octets, sig);
        }
        for (int hash : List.of(HASH_SHA1, HASH_SHA256, HASH_SHA384, HASH_SHA512)) {
            if (oid.equals(oid(false, hash)) || oid.equals(oid(true, hash))) {
                boolean sigEc = oid.equals(oid(true, hash));
                if (sigEc != ec) {
                    return "signature algorithm " + jcaName(sigEc, hash) + " does not fit the certificate's key";
                }
                return check(jcaName(ec, hash), null, key, octets, sig);
            }
        }
        return "unsupported signature algorithm " + oid.getId();
    }

    private static PSSParameterSpec pss(RSASSAPSSparams p) {
        String hash = digestName(p.getHashAlgorithm().getAlgorithm());
        AlgorithmIdentifier mgfHash = AlgorithmIdentifier.getInstance(p.getMaskGenAlgorithm().getParameters());
        return new PSSParameterSpec(hash, "MGF1", new MGF1ParameterSpec(digestName(mgfHash.getAlgorithm())),
                p.getSaltLength().intValueExact(), 1);
    }

    private static String digestName(ASN1ObjectIdentifier oid) {
        if (oid.equals(NISTObjectIdentifiers.id_sha256)) {
            return "SHA-256";
        }
        if (oid.equals(NISTObjectIdentifiers.id_sha384)) {
            return "SHA-384";
        }
        if (oid.equals(NISTObjectIdentifiers.id_sha512)) {
            return "SHA-512";
        }
        if (oid.equals(X509ObjectIdentifiers.id_SHA1)) {
            return "SHA-1";
        }
        throw new IllegalArgumentException("unsupported PSS hash " + oid.getId());
    }

    private static ASN1ObjectIdentifier oid(boolean ec, int hash) {
        return switch (hash) {
            case HASH_SHA1 -> ec ? X9ObjectIdentifiers.ecdsa_with_SHA1 : PKCSObjectIdentifiers.sha1WithRSAEncryption;
            case HASH_SHA256 -> ec ? X9ObjectIdentifiers.ecdsa_with_SHA256 : PKCSObjectIdentifiers.sha256WithRSAEncryption;
            case HASH_SHA384 -> ec ? X9ObjectIdentifiers.ecdsa_with_SHA384 : PKCSObjectIdentifiers.sha384WithRSAEncryption;
            case HASH_SHA512 -> ec ? X9ObjectIdentifiers.ecdsa_with_SHA512 : PKCSObjectIdentifiers.sha512WithRSAEncryption;
            default -> throw new IllegalArgumentException("hash " + hash);
        };
    }

    private static String jcaName(boolean ec, int hash) {
        String h = switch (hash) {
            case HASH_SHA1 -> "SHA1";
            case HASH_SHA256 -> "SHA256";
            case HASH_SHA384 -> "SHA384";
            default -> "SHA512";
        };
        return h + (ec ? "withECDSA" : "withRSA");
    }

    private static byte[] jca(String alg, PrivateKey key, PSSParameterSpec pss, byte[] octets)
            throws GeneralSecurityException {
        Signature s = Signature.getInstance(alg);
        if (pss != null) {
            s.setParameter(pss);
        }
        s.initSign(key);
        s.update(octets);
        return s.sign();
    }

    private static String check(String alg, PSSParameterSpec pss, PublicKey key, byte[] octets, byte[] sig)
            throws GeneralSecurityException {
        Signature s = Signature.getInstance(alg);
        if (pss != null) {
            s.setParameter(pss);
        }
        s.initVerify(key);
        s.update(octets);
        try {
            return s.verify(sig) ? null : "signature does not verify";
        } catch (java.security.SignatureException e) {
            return "signature does not verify (" + e.getMessage() + ")";
        }
    }

    /** The hash identifiers of a SIGNATURE_HASH_ALGORITHMS notify's data (odd trailing octet ignored). */
    public static List<Integer> parseHashes(byte[] data) {
        java.util.ArrayList<Integer> out = new java.util.ArrayList<>();
        for (int i = 0; i + 1 < data.length; i += 2) {
            out.add(((data[i] & 0xff) << 8) | (data[i + 1] & 0xff));
        }
        return out;
    }

    /** Our SIGNATURE_HASH_ALGORITHMS notify data. */
    public static byte[] ourHashesData() {
        byte[] b = new byte[OUR_HASHES.size() * 2];
        for (int i = 0; i < OUR_HASHES.size(); i++) {
            b[2 * i + 1] = (byte) (int) OUR_HASHES.get(i);
        }
        return b;
    }
}
