package iosim.shell.controller.show;

import iosim.config.model.IsakmpKey;
import iosim.config.model.IsakmpPolicyConfig;
import java.util.Collection;
import java.util.List;

/**
 * {@code show crypto isakmp policy}, {@code show crypto isakmp default policy} and {@code show
 * crypto isakmp key} as IOS 15 prints them: one "Protection suite" block per policy with
 * tab-aligned values (IOS's own tabs), under "Global IKE policy" for configured policies or
 * "Default IKE policy" for the built-in 65507-65514 set.
 */
public final class IsakmpConfigText {
    private IsakmpConfigText() {}

    /** {@code show crypto isakmp policy}: the configured policies, or IOS's defaults when there are none. */
    public static String policies(Collection<IsakmpPolicyConfig> configured) {
        if (configured.isEmpty()) {
            return defaultPolicies();
        }
        return suites("Global IKE policy", configured);
    }

    /** {@code show crypto isakmp default policy}. */
    public static String defaultPolicies() {
        return suites("Default IKE policy", IsakmpPolicyConfig.iosDefaults());
    }

    private static String suites(String title, Collection<IsakmpPolicyConfig> policies) {
        StringBuilder sb = new StringBuilder("\n").append(title).append('\n');
        for (IsakmpPolicyConfig p : policies) {
            sb.append("Protection suite of priority ").append(p.priority()).append('\n');
            sb.append("\tencryption algorithm:\t").append(encryption(p)).append('\n');
            sb.append("\thash algorithm:\t\t").append(hash(p.hash())).append('\n');
            sb.append("\tauthentication method:\t").append(p.authentication().equals("pre-share") ? "Pre-Shared Key"
                    : "Rivest-Shamir-Adleman Signature").append('\n');
            sb.append("\tDiffie-Hellman group:\t").append(group(p.group())).append('\n');
            sb.append("\tlifetime:\t\t").append(p.lifetime()).append(" seconds, no volume limit\n");
        }
        return sb.toString();
    }

    static String encryption(IsakmpPolicyConfig p) {
        return switch (p.encryption()) {
            case "aes" -> "AES - Advanced Encryption Standard (" + (p.keyBits() == 0 ? 128 : p.keyBits()) + " bit keys).";
            case "3des" -> "Three key triple DES";
            default -> "DES - Data Encryption Standard (56 bit keys).";
        };
    }

    static String hash(String h) {
        return switch (h) {
            case "md5" -> "Message Digest 5";
            case "sha256" -> "Secure Hash Standard 2 (256 bit)";
            case "sha384" -> "Secure Hash Standard 2 (384 bit)";
            case "sha512" -> "Secure Hash Standard 2 (512 bit)";
            default -> "Secure Hash Standard";
        };
    }

    /** {@code #14 (2048 bit)}; the elliptic-curve groups say so. */
    static String group(int g) {
        return "#" + g + switch (g) {
            case 1 -> " (768 bit)";
            case 2 -> " (1024 bit)";
            case 5 -> " (1536 bit)";
            case 14 -> " (2048 bit)";
            case 15 -> " (3072 bit)";
            case 16 -> " (4096 bit)";
            case 19 -> " (256 bit ecp)";
            case 20 -> " (384 bit ecp)";
            case 21 -> " (521 bit ecp)";
            case 24 -> " (2048 bit, 256 bit subgroup)";
            default -> "";
        };
    }

    /**
     * {@code show crypto isakmp key}: every {@code crypto isakmp key} in the keyring IOS calls
     * {@code default}, the key as typed (a type 6 key prints its encrypted form). A host entry
     * shows its address; a masked one {@code ADDRESS [MASK]}.
     */
    public static String keys(List<IsakmpKey> keys) {
        StringBuilder sb = new StringBuilder(
                "Keyring      Hostname/Address                            Preshared Key\n\n");
        for (IsakmpKey k : keys) {
            String target = k.mask() == null ? k.address().toString()
                    : String.format("%-15s[%-15s]", k.address(), k.mask());
            sb.append(String.format("%-13s%-44s%s%n", "default", target, k.key().key()));
        }
        return sb.toString();
    }
}
