package iosim.ikev2.api;

import java.util.List;

/**
 * Engine-wide settings.
 *
 * @param cookieThreshold  half-open IKE SAs above which IKE_SA_INIT requests must carry a COOKIE (RFC 7296 2.6)
 * @param halfOpenTimeoutMillis  a responder SA that saw no IKE_AUTH by then is dropped
 * @param nonceLength      octets of our nonces
 * @param fragmentation    IKE fragmentation (RFC 7383)
 * @param rekeyKeyDerivation  which PRF expands a rekeyed IKE SA's keys when the rekey changes the PRF
 * @param vendorIds        the data of the Vendor ID payloads we send in IKE_SA_INIT (request and response), in
 *                         order; opaque to the engine (the caller chooses what identity to announce)
 */
public record EngineSettings(int cookieThreshold, long halfOpenTimeoutMillis, int nonceLength,
                             FragmentationSettings fragmentation, RekeyKeyDerivation rekeyKeyDerivation,
                             List<byte[]> vendorIds) {
    public static final EngineSettings DEFAULT = new EngineSettings(30, 30_000, 32);

    public EngineSettings {
        if (fragmentation == null) {
            fragmentation = FragmentationSettings.DEFAULT;
        }
        if (rekeyKeyDerivation == null) {
            rekeyKeyDerivation = RekeyKeyDerivation.OLD_PRF_PLUS;
        }
        vendorIds = vendorIds == null ? List.of() : vendorIds.stream().map(byte[]::clone).toList();
    }

    public EngineSettings(int cookieThreshold, long halfOpenTimeoutMillis, int nonceLength,
                          FragmentationSettings fragmentation, RekeyKeyDerivation rekeyKeyDerivation) {
        this(cookieThreshold, halfOpenTimeoutMillis, nonceLength, fragmentation, rekeyKeyDerivation, List.of());
    }

    /** Default fragmentation, strongSwan's rekey key derivation. */
    public EngineSettings(int cookieThreshold, long halfOpenTimeoutMillis, int nonceLength) {
        this(cookieThreshold, halfOpenTimeoutMillis, nonceLength, FragmentationSettings.DEFAULT,
                RekeyKeyDerivation.OLD_PRF_PLUS);
    }

    public EngineSettings withCookieThreshold(int t) {
        return new EngineSettings(t, halfOpenTimeoutMillis, nonceLength, fragmentation, rekeyKeyDerivation, vendorIds);
    }

    public EngineSettings withFragmentation(FragmentationSettings f) {
        return new EngineSettings(cookieThreshold, halfOpenTimeoutMillis, nonceLength, f, rekeyKeyDerivation, vendorIds);
    }

    public EngineSettings withRekeyKeyDerivation(RekeyKeyDerivation d) {
        return new EngineSettings(cookieThreshold, halfOpenTimeoutMillis, nonceLength, fragmentation, d, vendorIds);
    }

    /** Sends these Vendor ID payloads (their data, in order) in IKE_SA_INIT; an empty list sends none. */
    public EngineSettings withVendorIds(List<byte[]> ids) {
        return new EngineSettings(cookieThreshold, halfOpenTimeoutMillis, nonceLength, fragmentation,
                rekeyKeyDerivation, ids);
    }

    /** A copy of the Vendor ID data (the record's list holds arrays). */
    @Override
    public List<byte[]> vendorIds() {
        return vendorIds.stream().map(byte[]::clone).toList();
    }
}
