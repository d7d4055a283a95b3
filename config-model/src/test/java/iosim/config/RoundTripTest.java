package iosim.config;

import static iosim.config.ConfigTestSupport.render;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** For every file in running-configs/: parse(render(c)) equals c, and rendering is stable. */
class RoundTripTest {

    static Stream<Path> configs() throws IOException {
        try (Stream<Path> s = Files.list(Path.of("../running-configs"))) {
            return s.filter(p -> p.toString().endsWith(".cfg")).sorted().toList().stream();
        }
    }

    @ParameterizedTest
    @MethodSource("configs")
    void renderedConfigParsesBackToTheSameModel(Path file) throws IOException {
        ConfigScript original = ConfigScript.load(file);
        assertThat(original.errors).as(file + " loads without errors").isEmpty();
        String text = render(original.config);

        ConfigScript reparsed = ConfigScript.startup().run(Arrays.asList(text.split("\n")));
        assertThat(reparsed.errors).as("rendered text of " + file + " loads without errors").isEmpty();
        assertThat(reparsed.config).isEqualTo(original.config);
        assertThat(render(reparsed.config)).isEqualTo(text);
    }

    @ParameterizedTest
    @MethodSource("configs")
    void loadingTheRenderedTextOnTopOfItselfChangesNothing(Path file) throws IOException {
        ConfigScript s = ConfigScript.load(file);
        String text = render(s.config);
        s.run(Arrays.asList(text.split("\n")));
        assertThat(s.errors).isEmpty();
        assertThat(render(s.config)).isEqualTo(text);
    }
}
