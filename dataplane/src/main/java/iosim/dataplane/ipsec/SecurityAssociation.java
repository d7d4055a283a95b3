package iosim.dataplane.ipsec;

import iosim.dataplane.ipsec.crypto.EspCipher;
import iosim.dataplane.ipsec.crypto.EspTransform;

/**
 * State shared by inbound and outbound SAs: parameters, the per-SA cipher objects, lifetime.
 * Owned by the router's event loop; never touched from another thread.
 */
public abstract sealed class SecurityAssociation permits InboundSa, OutboundSa {
    final SaPairSpec spec;
    final long spi;
    final EspCipher cipher;
    final AhAuthenticator ah;
    final LifetimeTracker lifetime;
    final FlowCounters counters;
    private final byte[] encryptionKey;
    private final byte[] integrityKey;
    private boolean removed;

    SecurityAssociation(SaPairSpec spec, long spi, SaKeys keys, FlowCounters counters, long nowMillis) {
        this.spec = spec;
        this.spi = spi;
        this.counters = counters;
        this.lifetime = new LifetimeTracker(spec.lifetime(), nowMillis);
        this.encryptionKey = keys.encryption().clone();
        this.integrityKey = keys.integrity().clone();
        if (spec.protocol() == IpsecProtocol.ESP) {
            this.cipher = EspCipher.create(spec.transform(), keys.encryption(), keys.integrity());
            this.ah = null;
        } else {
            this.cipher = null;
            this.ah = new AhAuthenticator(spec.transform().integrity(), keys.integrity());
        }
    }

    public long spi() { return spi; }
    public EspTransform transform() { return spec.transform(); }
    public IpsecMode mode() { return spec.mode(); }
    public SaPairSpec spec() { return spec; }
    public boolean esn() { return spec.esn(); }
    public boolean removed() { return removed; }

    /** Wipes the keys; the SA must not be used afterwards. */
    void destroy() {
        removed = true;
        java.util.Arrays.fill(encryptionKey, (byte) 0);
        java.util.Arrays.fill(integrityKey, (byte) 0);
        if (cipher != null) {
            cipher.destroy();
        }
        if (ah != null) {
            ah.destroy();
        }
    }

    /** True once every key copy of this SA has been zeroed. */
    public boolean keysWiped() {
        for (byte b : encryptionKey) {
            if (b != 0) {
                return false;
            }
        }
        for (byte b : integrityKey) {
            if (b != 0) {
                return false;
            }
        }
        return cipher != null ? cipher.isWiped() : ah.isWiped();
    }

    /** Copy of the encryption key (with AEAD salt) for key export; empty once removed. */
    public byte[] encryptionKey() { return removed ? new byte[0] : encryptionKey.clone(); }

    /** Copy of the integrity key for key export; empty once removed. */
    public byte[] integrityKey() { return removed ? new byte[0] : integrityKey.clone(); }

    /** Outer source address of this SA's packets. */
    public abstract int sourceAddress();

    /** Outer destination address of this SA's packets. */
    public abstract int destinationAddress();

    int ivLength() { return cipher != null ? cipher.ivLength() : 0; }

    int icvLength() { return cipher != null ? cipher.icvLength() : ah.icvLength(); }
}
