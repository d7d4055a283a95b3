package iosim.ikev2.sa;

import java.util.HashSet;
import java.util.Random;
import java.util.Set;

/**
 * Hands out unique non-zero random SPIs: 8-octet IKE SPIs and 4-octet ESP/AH SPIs (the latter
 * above 255, which RFC 4303 reserves). Released SPIs may be reused.
 */
public final class SpiAllocator {
    private final Random random;
    private final Set<Long> ikeInUse = new HashSet<>();
    private final Set<Integer> childInUse = new HashSet<>();

    public SpiAllocator(Random random) {
        this.random = random;
    }

    public long allocateIkeSpi() {
        while (true) {
            long spi = random.nextLong();
            if (spi != 0 && ikeInUse.add(spi)) {
                return spi;
            }
        }
    }

    public int allocateChildSpi() {
        while (true) {
            int spi = random.nextInt();
            if (Integer.compareUnsigned(spi, 255) > 0 && childInUse.add(spi)) {
                return spi;
            }
        }
    }

    public void releaseIkeSpi(long spi) {
        ikeInUse.remove(spi);
    }

    public void releaseChildSpi(int spi) {
        childInUse.remove(spi);
    }

    public int ikeSpisInUse() {
        return ikeInUse.size();
    }

    public int childSpisInUse() {
        return childInUse.size();
    }
}
