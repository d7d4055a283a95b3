package iosim.config.model;

import java.util.HexFormat;

/**
 * One certificate of a trustpoint's {@code crypto pki certificate chain}: how IOS keeps
 * certificates in the configuration, as {@code certificate [ca|self-signed] SERIAL} and the DER
 * in hex, ended by {@code quit}.
 *
 * @param kind   {@code ca}, {@code self-signed}, or null for the router's own certificate
 * @param serial the serial number in hex as IOS prints it (e.g. {@code 02})
 * @param derHex the DER encoding, upper-case hex without spaces
 */
public record ChainCertificate(String kind, String serial, String derHex) {
    public ChainCertificate {
        derHex = derHex.toUpperCase(java.util.Locale.ROOT);
    }

    public static ChainCertificate of(String kind, String serial, byte[] der) {
        return new ChainCertificate(kind, serial, HexFormat.of().withUpperCase().formatHex(der));
    }

    public byte[] der() {
        return HexFormat.of().parseHex(derHex);
    }

    public boolean ca() {
        return "ca".equals(kind);
    }
}
