package iosim.bench;

import java.util.List;

/**
 * One benchmark area (CLI, IKEv2, ESP, ...). {@link BenchMain} runs every implementation
 * listed in {@code META-INF/services/iosim.bench.Bench} and prints their figures side by side
 * with the anchors and targets from the issues. Benchmarks measure; they never assert.
 */
public interface Bench {

    /** Short name of the area, e.g. "cli". */
    String area();

    /** Runs the measurements (with their own warm-up) and returns the figures. */
    List<Figure> run() throws Exception;

    /**
     * One measured figure.
     *
     * @param name   what was measured, e.g. "load 20000-line startup-config"
     * @param value  the measured value
     * @param unit   its unit, e.g. "ms", "handshakes/s", "MB/s"
     * @param anchor the anchor or target it is compared with, e.g. "target < 1000 ms"
     */
    record Figure(String name, double value, String unit, String anchor) {}
}
