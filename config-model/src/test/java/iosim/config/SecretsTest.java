package iosim.config;

import static org.assertj.core.api.Assertions.assertThat;

import iosim.config.model.HashedSecret;
import iosim.config.secret.Secrets;
import iosim.config.secret.Type7;
import org.junit.jupiter.api.Test;

class SecretsTest {

    @Test
    void type9ProducesCiscoFormatAndVerifies() {
        HashedSecret h = Secrets.hashType9("cisco");
        assertThat(h.value()).matches("\\$9\\$[./0-9A-Za-z]{14}\\$[./0-9A-Za-z]{43}");
        assertThat(Secrets.matches(h, "cisco")).isTrue();
        assertThat(Secrets.matches(h, "Cisco")).isFalse();
        assertThat(Secrets.hashType9("cisco")).isNotEqualTo(h);
    }

    @Test
    void knownCiscoHashesVerify() {
        // Published examples: type 5 and type 7 of "cisco".
        assertThat(Secrets.matches(new HashedSecret(5, "$1$mERr$hx5rVt7rPNoS4wqbXKX7m0"), "cisco")).isTrue();
        assertThat(Type7.decode("0822455D0A16")).contains("cisco");
        assertThat(Type7.encode("cisco", 8)).isEqualTo("0822455D0A16");
    }

    @Test
    void publishedType8AndType9HashesOfCiscoVerify() {
        // Cisco Learning Network "Cisco Routers Password Types" examples, password "cisco".
        HashedSecret t8 = Secrets.fromHashed(8, "$8$dsYGNam3K1SIJO$7nv/35M/qr6t.dVc7UY9zrJDWRVqncHub1PE9UlMQFs").orElseThrow();
        assertThat(Secrets.matches(t8, "cisco")).isTrue();
        assertThat(Secrets.matches(t8, "cisco1")).isFalse();
        HashedSecret t9 = Secrets.fromHashed(9, "$9$nhEmQVczB7dqsO$X.HsgL6x1il0RxkOSSvyQYwucySCt7qFm4v7pqCxkKM").orElseThrow();
        assertThat(Secrets.matches(t9, "cisco")).isTrue();
    }

    @Test
    void type8RoundTrips() {
        HashedSecret h = Secrets.fromHashed(8, "$8$" + "abcdefghijklmn" + "$" + "A".repeat(43)).orElseThrow();
        assertThat(Secrets.matches(h, "whatever")).isFalse();
        assertThat(Secrets.fromHashed(8, "$8$short")).isEmpty();
        assertThat(Secrets.fromHashed(7, "99XYZ")).isEmpty();
    }
}
