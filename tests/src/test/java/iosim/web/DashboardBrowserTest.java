package iosim.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import iosim.browser.HeadlessChromium;
import iosim.shell.lab.RunningLab;
import iosim.shell.web.WebDashboard;
import iosim.shell.web.WebOptions;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;

/**
 * The lab dashboard in a real browser (Debian's headless chromium over the DevTools protocol):
 * the default lab drawn with its tunnel down, SITE-A's console opened by clicking the router,
 * a ping typed there brings the tunnel up, the page shows it up with non-zero counters, and
 * {@code show crypto ipsec sa} typed in the page's console shows the SA. Screenshots before and
 * after are kept under {@code tests/target/web-screenshots/}. Without chromium the test is
 * skipped (fails under CI=true).
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class DashboardBrowserTest {
    static final Path SHOTS = Path.of("target", "web-screenshots");
    static final String TUNNEL = "T:SITE-A|SITE-B";

    @TempDir
    static Path tmp;
    static RunningLab lab;
    static WebDashboard web;
    static HeadlessChromium browser;

    @BeforeAll
    static void start() throws Exception {
        Optional<Path> exe = HeadlessChromium.find();
        require(exe.isPresent(), "needs Debian's chromium (apt-get install chromium)");
        lab = RunningLab.start(DashboardLabs.defaultLab(tmp), new PrintStream(OutputStream.nullOutputStream()));
        web = WebDashboard.start(lab, WebOptions.loopback(0));
        browser = HeadlessChromium.launch(exe.get(), 1440, 900);
        Files.createDirectories(SHOTS);
    }

    static void require(boolean ok, String what) {
        if (!ok && "true".equals(System.getenv("CI"))) {
            throw new AssertionError("prerequisite missing under CI=true: " + what);
        }
        Assumptions.assumeTrue(ok, "skipped: " + what);
    }

    @AfterAll
    static void stop() {
        if (browser != null) {
            browser.close();
        }
        if (web != null) {
            web.close();
        }
        if (lab != null) {
            lab.close();
        }
    }

    @Test
    @Order(1)
    void drawsTheDefaultLabWithItsTunnelDown() throws Exception {
        browser.navigate(web.url());
        assertThat(browser.waitFor("window.iosim && iosim.seq >= 0 && document.querySelector('#tunnels tbody tr')",
                Duration.ofSeconds(20))).as("the page got the topology and state").isTrue();
        JsonNode nodes = browser.eval("cy.nodes().map(n => n.id()).sort()");
        assertThat(nodes.toString()).isEqualTo("[\"ISP\",\"PC-A\",\"PC-B\",\"SITE-A\",\"SITE-B\"]");
        assertThat(browser.eval("cy.edges('.link').length").asInt()).isEqualTo(4);
        assertThat(browser.eval("cy.edges('.link.up').length").asInt()).as("every cable is up").isEqualTo(4);
        assertThat(browser.eval("cy.getElementById('L0').data('srcLabel')").asText())
                .isEqualTo("Gi0/0\n203.0.113.10/24");
        assertThat(browser.eval("document.querySelector('tr[data-tunnel=\"" + TUNNEL + "\"]').dataset.state").asText())
                .isEqualTo("down");
        assertThat(browser.eval("cy.getElementById('" + TUNNEL + "').hasClass('down')").asBoolean()).isTrue();
        browser.waitFor("true", Duration.ofMillis(300));
        Files.write(SHOTS.resolve("default-lab-before-ping.png"), browser.screenshot());
    }

    @Test
    @Order(2)
    void clickingTheSiteALinkStartsACapture() throws Exception {
        assertThat(browser.eval("document.getElementById('check-panel').hidden").asBoolean())
                .as("the default lab has no scenario check").isTrue();
        JsonNode p = browser.eval("(() => { const r = document.getElementById('graph').getBoundingClientRect();"
                + " const e = cy.getElementById('L0'); const q = e.renderedMidpoint(); return [r.left + q.x, r.top + q.y]; })()");
        browser.click(p.get(0).asDouble(), p.get(1).asDouble());
        assertThat(browser.waitFor("document.querySelector('[data-capture=\"L0\"] button')", Duration.ofSeconds(5)))
                .as("the link's details offer a capture").isTrue();
        assertThat(browser.eval("document.querySelector('[data-capture=\"L0\"] button').textContent").asText())
                .isEqualTo("Capture on SITE-A Gi0/0");
        browser.eval("document.querySelector('[data-capture=\"L0\"] button').click()");
        assertThat(browser.waitFor("document.querySelector('[data-capture=\"L0\"] .rec')", Duration.ofSeconds(10)))
                .as("the capture runs").isTrue();
    }

    @Test
    @Order(3)
    void aPingTypedInSiteAsConsoleBringsTheTunnelUp() throws Exception {
        JsonNode p = browser.eval("(() => { const r = document.getElementById('graph').getBoundingClientRect();"
                + " const q = cy.getElementById('SITE-A').renderedPosition(); return [r.left + q.x, r.top + q.y]; })()");
        browser.click(p.get(0).asDouble(), p.get(1).asDouble());
        assertThat(browser.waitFor("iosim.consoles['SITE-A'] && iosim.consoleText('SITE-A').includes('SITE-A>')",
                Duration.ofSeconds(20))).as("clicking SITE-A opened its console at the user EXEC prompt").isTrue();
        browser.type("enable\r");
        assertThat(browser.waitFor("iosim.consoleText('SITE-A').includes('Password:')", Duration.ofSeconds(10))).isTrue();
        browser.type("class\r");
        assertThat(browser.waitFor("iosim.consoleText('SITE-A').includes('SITE-A#')", Duration.ofSeconds(10))).isTrue();
        browser.type("ping 10.0.0.1 source GigabitEthernet0/1\r");
        assertThat(browser.waitFor("/Success rate is \\d+ percent/.test(iosim.consoleText('SITE-A'))",
                Duration.ofSeconds(30))).as("the ping finished").isTrue();
        assertThat(browser.waitFor("document.querySelector('tr[data-tunnel=\"" + TUNNEL + "\"]').dataset.state === 'up'"
                + " && !document.querySelector('tr[data-tunnel=\"" + TUNNEL + "\"] .aenc').textContent.startsWith('0 ')",
                Duration.ofSeconds(10))).as("the tunnel row turned up with counters").isTrue();
        assertThat(browser.eval("cy.getElementById('" + TUNNEL + "').hasClass('up')").asBoolean()).isTrue();
        String row = browser.eval("document.querySelector('tr[data-tunnel=\"" + TUNNEL + "\"]').innerText").asText();
        long aEnc = Long.parseLong(browser.eval("document.querySelector('tr[data-tunnel=\"" + TUNNEL
                + "\"] .aenc').textContent.split(' / ')[0].replace(/,/g, '')").asText());
        assertThat(aEnc).as("SITE-A encapsulated packets, as the page shows: " + row).isPositive();
        assertThat(browser.eval("iosim.state.routers['SITE-A'].ike[0].status").asText()).isEqualTo("READY");
    }

    @Test
    @Order(4)
    void showCryptoIpsecSaInThePageConsoleShowsTheSa() throws Exception {
        browser.type("show crypto ipsec sa\r");
        // the console line pages at 24 lines, as IOS's con0: a space shows the next page
        for (int i = 0; i < 5 && browser.waitFor("iosim.consoleText('SITE-A').includes('--More--')",
                Duration.ofSeconds(3)); i++) {
            browser.type(" ");
            browser.waitFor("false", Duration.ofMillis(200));
        }
        assertThat(browser.waitFor("/#pkts encaps: [1-9]/.test(iosim.consoleText('SITE-A'))"
                + " && iosim.consoleText('SITE-A').includes('current_peer 203.0.113.20')", Duration.ofSeconds(10)))
                .as(browser.eval("iosim.consoleText('SITE-A')").asText()).isTrue();
        select("SITE-A");
        Files.write(SHOTS.resolve("default-lab-after-ping.png"), browser.screenshot());
    }

    @Test
    @Order(5)
    void stoppingTheCaptureOffersThePcapWithItsKeys() throws Exception {
        browser.eval("document.querySelector('tr[data-tunnel]').click()");
        JsonNode p = browser.eval("(() => { const r = document.getElementById('graph').getBoundingClientRect();"
                + " const e = cy.getElementById('L0'); const q = e.renderedMidpoint(); return [r.left + q.x, r.top + q.y]; })()");
        browser.click(p.get(0).asDouble(), p.get(1).asDouble());
        browser.waitFor("document.querySelector('[data-capture=\"L0\"] .rec')", Duration.ofSeconds(5));
        browser.eval("document.querySelector('[data-capture=\"L0\"] button').click()");
        assertThat(browser.waitFor("document.querySelector('[data-capture=\"L0\"] a.download')", Duration.ofSeconds(10)))
                .as("a download link for the pcap and keys").isTrue();
        // the browser fetches the zip as a click on the link would
        JsonNode zip = browser.eval("fetch(document.querySelector('[data-capture=\"L0\"] a.download').href)"
                + ".then(r => r.arrayBuffer()).then(b => { const u = new Uint8Array(b); let s = '';"
                + " for (let i = 0; i < u.length; i++) s += String.fromCharCode(u[i]); return btoa(s); })");
        byte[] bytes = java.util.Base64.getDecoder().decode(zip.asText());
        java.util.Map<String, Integer> entries = new java.util.TreeMap<>();
        try (var z = new java.util.zip.ZipInputStream(new java.io.ByteArrayInputStream(bytes))) {
            for (var e = z.getNextEntry(); e != null; e = z.getNextEntry()) {
                entries.put(e.getName(), z.readAllBytes().length);
            }
        }
        String pcap = entries.keySet().stream().filter(n -> n.endsWith(".pcap")).findFirst().orElseThrow();
        assertThat(entries.get(pcap)).as("pcap bytes (IKE and ESP of the ping)").isGreaterThan(1000);
        String espSa = entries.keySet().stream().filter(n -> n.endsWith("/esp_sa")).findFirst().orElseThrow();
        assertThat(entries.get(espSa)).as("the ESP SAs' keys").isPositive();
        Files.write(SHOTS.resolve("capture.zip"), bytes);
    }

    private static void select(String router) throws Exception {
        browser.eval("document.querySelector('tr[data-router=\"" + router + "\"]').click()");
        browser.waitFor("false", Duration.ofMillis(300));
    }
}
