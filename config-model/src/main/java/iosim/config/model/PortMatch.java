package iosim.config.model;

/** A TCP/UDP port condition: {@code eq|lt|gt|neq P} (high == low) or {@code range LOW HIGH}. */
public record PortMatch(String operator, int low, int high) {

    public boolean matches(int port) {
        return switch (operator) {
            case "eq" -> port == low;
            case "neq" -> port != low;
            case "lt" -> port < low;
            case "gt" -> port > low;
            case "range" -> port >= low && port <= high;
            default -> false;
        };
    }
}
