package iosim.ikev2.cert;

import iosim.ikev2.api.Identity;
import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.security.cert.CertificateParsingException;
import java.security.cert.X509Certificate;
import java.util.Collection;
import java.util.List;
import javax.security.auth.x500.X500Principal;

/** Whether an IKE identity is bound to a certificate: its subject DN or one of its subjectAltNames. */
public final class CertificateIdentity {
    private static final int SAN_RFC822 = 1;
    private static final int SAN_DNS = 2;
    private static final int SAN_IP = 7;

    private CertificateIdentity() {}

    /** The certificate's subject as an ID_DER_ASN1_DN identity ({@code identity local dn}). */
    public static Identity dn(X509Certificate c) {
        return new Identity(Identity.IdType.DER_ASN1_DN, c.getSubjectX500Principal().getEncoded());
    }

    public static boolean bound(Identity id, X509Certificate c) {
        return switch (id.type()) {
            case DER_ASN1_DN -> {
                try {
                    yield new X500Principal(id.data()).equals(c.getSubjectX500Principal());
                } catch (IllegalArgumentException e) {
                    yield false;
                }
            }
            case FQDN -> hasSan(c, SAN_DNS, new String(id.data(), StandardCharsets.US_ASCII), true);
            case RFC822_ADDR -> hasSan(c, SAN_RFC822, new String(id.data(), StandardCharsets.US_ASCII), true);
            case IPV4_ADDR, IPV6_ADDR -> {
                try {
                    yield hasSan(c, SAN_IP, InetAddress.getByAddress(id.data()).getHostAddress(), false);
                } catch (java.net.UnknownHostException e) {
                    yield false;
                }
            }
            default -> false;
        };
    }

    private static boolean hasSan(X509Certificate c, int type, String value, boolean ignoreCase) {
        try {
            Collection<List<?>> sans = c.getSubjectAlternativeNames();
            if (sans == null) {
                return false;
            }
            for (List<?> san : sans) {
                if (((Integer) san.get(0)) == type && san.get(1) instanceof String s) {
                    String v = type == SAN_IP ? normalizeIp(s) : s;
                    if (ignoreCase ? v.equalsIgnoreCase(value) : v.equals(value)) {
                        return true;
                    }
                }
            }
        } catch (CertificateParsingException e) {
            return false;
        }
        return false;
    }

    private static String normalizeIp(String s) {
        try {
            return InetAddress.getByName(s).getHostAddress();
        } catch (java.net.UnknownHostException e) {
            return s;
        }
    }
}
