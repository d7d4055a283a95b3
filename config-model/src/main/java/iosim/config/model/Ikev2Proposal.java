package iosim.config.model;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * {@code crypto ikev2 proposal NAME}: algorithm lists in preference order, IOS spellings
 * ({@code aes-cbc-256}, {@code sha256}, DH group numbers).
 */
public final class Ikev2Proposal extends ModelObject {
    private final String name;
    private final List<String> encryption = new ArrayList<>();
    private final List<String> integrity = new ArrayList<>();
    private final List<String> prf = new ArrayList<>();
    private final List<Integer> groups = new ArrayList<>();

    public Ikev2Proposal(String name) {
        this.name = name;
    }

    public String name() { return name; }
    public List<String> encryption() { return List.copyOf(encryption); }
    public List<String> integrity() { return List.copyOf(integrity); }
    public List<String> prf() { return List.copyOf(prf); }
    public List<Integer> groups() { return List.copyOf(groups); }

    public void setEncryption(List<String> v) { replace(encryption, v); }
    public void setIntegrity(List<String> v) { replace(integrity, v); }
    public void setPrf(List<String> v) { replace(prf, v); }
    public void setGroups(List<Integer> v) { replace(groups, v); }

    /** True when any configured encryption is AES-GCM (combined mode). */
    public boolean hasAead() {
        return encryption.stream().anyMatch(e -> e.startsWith("aes-gcm"));
    }

    /**
     * IOS's completeness rule: (non-GCM encryption + integrity + group) or
     * (GCM encryption + prf + group).
     */
    public boolean isComplete() {
        if (encryption.isEmpty() || groups.isEmpty()) {
            return false;
        }
        return hasAead() ? !prf.isEmpty() : !integrity.isEmpty();
    }

    private static <T> void replace(List<T> target, List<T> values) {
        target.clear();
        target.addAll(values);
    }

    @Override
    protected List<Object> state() {
        return Arrays.asList(name, encryption, integrity, prf, groups);
    }
}
