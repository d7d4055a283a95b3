package iosim.config.model;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * {@code crypto ipsec transform-set NAME ...}: an optional AH transform, an optional ESP
 * cipher ({@code esp-aes}, {@code esp-gcm}...) with its key size, an optional ESP HMAC, and
 * the mode (tunnel by default).
 */
public final class TransformSet extends ModelObject {
    private final String name;
    private String ah;
    private String espCipher;
    private Integer espKeySize;
    private String espAuth;
    private boolean transportMode;

    public TransformSet(String name) {
        this.name = name;
    }

    public String name() { return name; }
    /** {@code ah-sha-hmac}..., or null. */
    public String ah() { return ah; }
    /** {@code esp-aes}, {@code esp-gcm}, {@code esp-gmac}, {@code esp-3des}, {@code esp-des}, {@code esp-null}, or null. */
    public String espCipher() { return espCipher; }
    /** Key size typed after the cipher (128/192/256), or null (the cipher's default: 128). */
    public Integer espKeySize() { return espKeySize; }
    /** {@code esp-sha256-hmac}..., or null. */
    public String espAuth() { return espAuth; }
    public boolean transportMode() { return transportMode; }
    public void setTransportMode(boolean transport) { this.transportMode = transport; }

    public void setTransforms(String ah, String espCipher, Integer espKeySize, String espAuth) {
        this.ah = ah;
        this.espCipher = espCipher;
        this.espKeySize = espKeySize;
        this.espAuth = espAuth;
    }

    /** The effective AES key size in bits (128 when none was typed), or 0 without an AES cipher. */
    public int effectiveKeySize() {
        if (espCipher == null || !(espCipher.equals("esp-aes") || espCipher.startsWith("esp-g"))) {
            return 0;
        }
        return espKeySize != null ? espKeySize : 128;
    }

    /** The transforms as typed on the header line, e.g. {@code esp-aes 256 esp-sha256-hmac}. */
    public String transformsText() {
        List<String> parts = new ArrayList<>();
        if (ah != null) {
            parts.add(ah);
        }
        if (espCipher != null) {
            parts.add(espKeySize != null ? espCipher + " " + espKeySize : espCipher);
        }
        if (espAuth != null) {
            parts.add(espAuth);
        }
        return String.join(" ", parts);
    }

    @Override
    protected List<Object> state() {
        return Arrays.asList(name, ah, espCipher, espKeySize, espAuth, transportMode);
    }
}
