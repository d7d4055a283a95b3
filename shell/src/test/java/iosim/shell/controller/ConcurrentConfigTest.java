package iosim.shell.controller;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Three CLI sessions on three threads (the console and two SSH vtys each run their own
 * {@link iosim.shell.cli.CliSession} on the router, as here) configure one live router at once:
 * each adds 300 lines to one shared ACL (used by a crypto map, so the controller recompiles it on
 * every line) and 300 to its own ACL. Every line must be there exactly once, and no session may see
 * an internal error.
 */
class ConcurrentConfigTest {
    private static final int LINES = 300;
    private static final String[] LINE_NAMES = {"console", "vty 0", "vty 1"};

    @TempDir
    Path dir;

    @Test
    void threeSessionsConfiguringAtOnceLoseNothing() throws Exception {
        try (LabFixture lab = new LabFixture(dir)) {
            RouterRuntime r = lab.bootText("R1", """
                    hostname R1
                    crypto ikev2 keyring KR
                     peer ANY
                      address 0.0.0.0 0.0.0.0
                      pre-shared-key cisco123
                    crypto ikev2 profile PROF
                     match identity remote address 0.0.0.0
                     authentication remote pre-share
                     authentication local pre-share
                     keyring local KR
                    crypto ipsec transform-set TS esp-aes 256 esp-sha256-hmac
                    access-list 150 permit ip host 10.9.9.9 host 10.8.8.8
                    crypto map CMAP 10 ipsec-isakmp
                     set peer 203.0.113.2
                     set transform-set TS
                     set ikev2-profile PROF
                     match address 150
                    interface GigabitEthernet0/0
                     ip address 203.0.113.1 255.255.255.0
                     crypto map CMAP
                    """);
            ExecutorService pool = Executors.newFixedThreadPool(3);
            CountDownLatch start = new CountDownLatch(1);
            List<Future<String>> outputs = new ArrayList<>();
            for (int s = 0; s < 3; s++) {
                int session = s;
                outputs.add(pool.submit(() -> {
                    Console c = new Console(r, "", LINE_NAMES[session]);
                    StringBuilder out = new StringBuilder(c.run("configure terminal"));
                    start.await();
                    for (int i = 0; i < LINES; i++) {
                        out.append(c.run(sharedLine(session, i)));
                        out.append(c.run("ip access-list extended OWN-" + session, ownLine(session, i), "exit"));
                    }
                    out.append(c.run("end"));
                    return out.toString();
                }));
            }
            start.countDown();
            for (Future<String> f : outputs) {
                String out = f.get(120, TimeUnit.SECONDS);
                assertFalse(out.contains("%"), () -> "a session saw an error: " + firstError(out));
            }
            pool.shutdown();
            String acls = new Console(r).run("show running-config");
            for (int s = 0; s < 3; s++) {
                for (int i = 0; i < LINES; i++) {
                    assertEquals(1, count(acls, "\n" + sharedLine(s, i) + "\n"), sharedLine(s, i));
                    assertEquals(1, count(acls, " " + ownLine(s, i) + "\n"), ownLine(s, i));
                }
                assertTrue(acls.contains("ip access-list extended OWN-" + s + "\n"));
            }
            assertEquals(3 * LINES + 1, count(acls, "\naccess-list 150 "));
        }
    }

    private static String sharedLine(int session, int i) {
        return "access-list 150 permit udp host 10." + session + "." + (i / 250) + "." + (i % 250 + 1)
                + " any eq " + (20000 + i);
    }

    private static String ownLine(int session, int i) {
        return "permit tcp host 172.16." + (i / 250) + "." + (i % 250 + 1) + " any eq " + (30000 + session * 1000 + i);
    }

    private static int count(String text, String part) {
        int n = 0;
        for (int at = text.indexOf(part); at >= 0; at = text.indexOf(part, at + 1)) {
            n++;
        }
        return n;
    }

    private static String firstError(String out) {
        int at = out.indexOf('%');
        return out.substring(Math.max(0, at - 200), Math.min(out.length(), at + 200));
    }
}
