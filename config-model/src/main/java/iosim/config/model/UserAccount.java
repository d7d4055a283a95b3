package iosim.config.model;

/**
 * {@code username NAME [privilege N] secret|password ...}. {@code password} is true for the
 * reversible {@code password} form (kept as type 7), false for {@code secret}.
 */
public record UserAccount(String name, int privilege, boolean password, HashedSecret credential) {
    public static final int DEFAULT_PRIVILEGE = 1;
}
