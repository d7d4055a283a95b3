package iosim.transcript;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every {@code src/test/resources/transcripts/*.txt}: the typed lines replayed through the
 * stdin console must give exactly the transcript (prompts, echoes, output, errors, carets).
 */
class TranscriptTest {
    static final Path DIR = Path.of("src", "test", "resources", "transcripts");

    @TempDir
    Path tmp;

    @TestFactory
    Stream<DynamicTest> transcripts() throws IOException {
        List<Path> files;
        try (Stream<Path> s = Files.list(DIR)) {
            files = s.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
        }
        assertThat(files).isNotEmpty();
        return files.stream().map(f -> DynamicTest.dynamicTest(f.getFileName().toString(), () -> check(f)));
    }

    private void check(Path file) throws IOException {
        Transcript t = Transcript.parse(file.getFileName().toString(), Files.readString(file, StandardCharsets.UTF_8));
        Path dir = Files.createTempDirectory(tmp, "router");
        String actual = TranscriptReplay.replay(t, dir);
        assertThat(actual).as(firstDifference(t.session(), actual)).isEqualTo(t.session());
    }

    /** Names the first line where the output leaves the transcript. */
    static String firstDifference(String expected, String actual) {
        String[] e = expected.split("\n", -1);
        String[] a = actual.split("\n", -1);
        for (int i = 0; i < Math.max(e.length, a.length); i++) {
            String el = i < e.length ? e[i] : "<end>";
            String al = i < a.length ? a[i] : "<end>";
            if (!el.equals(al)) {
                return "line " + (i + 1) + ":\n  expected: [" + el + "]\n  actual:   [" + al + "]";
            }
        }
        return "identical";
    }
}
