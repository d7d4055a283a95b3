package iosim.grammar.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Collectors;
import org.antlr.v4.runtime.Token;
import org.junit.jupiter.api.Test;

class CommandMatcherTest {
    private final CommandMatcher m = new CommandMatcher();

    private List<String> tokens(String line) {
        MatchResult r = m.match("exec_line", line);
        assertThat(r).isInstanceOf(MatchResult.Matched.class);
        return ((MatchResult.Matched) r).tokens().stream().map(Token::getText).collect(Collectors.toList());
    }

    @Test
    void abbreviationsExpandToFullKeywords() {
        assertThat(tokens("sh run")).containsExactly("show", "running-config");
        assertThat(tokens("sh cry ipsec sa")).containsExactly("show", "crypto", "ipsec", "sa");
        assertThat(tokens("conf t")).containsExactly("configure", "terminal");
        assertThat(tokens("wr")).containsExactly("write");
        assertThat(tokens("SHOW VERSION")).containsExactly("show", "version");
    }

    @Test
    void exactKeywordWinsOverLongerOne() {
        // "ip" is both exact and a prefix of nothing else here; "sa" exact among sa/session
        assertThat(tokens("show crypto ikev2 sa")).containsExactly("show", "crypto", "ikev2", "sa");
    }

    @Test
    void ambiguousPrefixIsReported() {
        assertThat(m.match("exec_line", "show c")).isInstanceOf(MatchResult.Ambiguous.class);
        assertThat(m.match("exec_line", "show crypto ikev2 s")).isInstanceOf(MatchResult.Ambiguous.class);
    }

    @Test
    void invalidWordReportsItsColumn() {
        assertThat(m.match("exec_line", "show crypto ikev3 sa")).isEqualTo(new MatchResult.Invalid(12));
        assertThat(m.match("exec_line", "  frobnicate")).isEqualTo(new MatchResult.Invalid(2));
    }

    @Test
    void incompleteCommand() {
        assertThat(m.match("exec_line", "show crypto ikev2")).isInstanceOf(MatchResult.Incomplete.class);
        assertThat(m.match("exec_line", "   ")).isInstanceOf(MatchResult.Empty.class);
    }

    @Test
    void interfaceNamesAreSplitAndCanonicalised() {
        assertThat(tokens("show interfaces gi0/0")).containsExactly("show", "interfaces", "GigabitEthernet", "0/0");
        assertThat(tokens("sh int Lo0")).containsExactly("show", "interfaces", "Loopback", "0");
        assertThat(tokens("show crypto map interface tu0")).containsExactly("show", "crypto", "map", "interface", "Tunnel", "0");
        assertThat(tokens("show interfaces GigabitEthernet 0/1.10")).containsExactly("show", "interfaces", "GigabitEthernet", "0/1.10");
        assertThat(m.match("exec_line", "show interfaces xx0/0")).isEqualTo(new MatchResult.Invalid(16));
    }

    @Test
    void tokenColumnsPointAtTheTypedWords() {
        MatchResult.Matched r = (MatchResult.Matched) m.match("exec_line", "sh  int gi0/1");
        assertThat(r.tokens()).extracting(Token::getCharPositionInLine).containsExactly(0, 4, 8, 10);
    }

    @Test
    void decimalRangesComeFromThePlaceholder() {
        assertThat(tokens("terminal length 0")).containsExactly("terminal", "length", "0");
        assertThat(m.match("exec_line", "terminal length 513")).isEqualTo(new MatchResult.Invalid(16));
        assertThat(m.match("exec_line", "terminal length x")).isEqualTo(new MatchResult.Invalid(16));
    }

    @Test
    void lineTokenKeepsTheRestRaw() {
        assertThat(tokens("show run | include crypto  map  ")).containsExactly("show", "running-config", "|", "include", "crypto  map");
        assertThat(tokens("sh run | sec ^crypto")).containsExactly("show", "running-config", "|", "section", "^crypto");
    }

    @Test
    void ipv4Values() {
        assertThat(tokens("show crypto session remote 203.0.113.2")).endsWith("203.0.113.2");
        assertThat(m.match("exec_line", "show crypto session remote 203.0.113.256")).isEqualTo(new MatchResult.Invalid(27));
    }

    @Test
    void filterHidesKeywords() {
        KeywordFilter userExec = (rule, kw) -> kw.equals("configure") || kw.equals("running-config");
        assertThat(m.match("exec_line", "configure terminal", userExec)).isEqualTo(new MatchResult.Invalid(0));
        assertThat(m.match("exec_line", "show running-config", userExec)).isEqualTo(new MatchResult.Invalid(5));
        assertThat(m.match("exec_line", "show version", userExec)).isInstanceOf(MatchResult.Matched.class);
    }

    @Test
    void parseTreeComesFromTheEntryRule() {
        MatchResult.Matched r = (MatchResult.Matched) m.match("exec_line", "sh ip int br");
        assertThat(r.tree().getText()).isEqualTo("showipinterfacebriefEOF");
    }

    @Test
    void helpListsNextKeywordsWithPlaceholdersFirstAndCrLast() {
        HelpResult h = m.help("exec_line", "debug crypto ikev2 ");
        assertThat(h).isInstanceOf(HelpResult.Listing.class);
        String text = HelpFormatter.listing(((HelpResult.Listing) h).entries());
        assertThat(text).isEqualTo(
                "  client    Client\n"
                        + "  cluster   IKEv2 Cluster load-balancer debugging\n"
                        + "  error     IKEv2 Error debugging\n"
                        + "  internal  IKEv2 Internal debugging\n"
                        + "  packet    IKEv2 Packet debugging\n"
                        + "  <cr>\n");
        HelpResult.Listing ping = (HelpResult.Listing) m.help("exec_line", "ping 10.0.0.1 repeat ");
        assertThat(ping.entries()).containsExactly(new HelpEntry("<1-2147483647>", "Repeat count"));
    }

    @Test
    void partialHelpListsMatchingKeywords() {
        assertThat(m.help("exec_line", "cl")).isEqualTo(new HelpResult.Words(List.of("clear")));
        assertThat(m.help("exec_line", "show c")).isEqualTo(new HelpResult.Words(List.of("clock", "crypto")));
        assertThat(m.help("exec_line", "zz")).isInstanceOf(HelpResult.Unrecognized.class);
        assertThat(m.help("exec_line", "show crypto ikev3 ")).isEqualTo(new HelpResult.Invalid(12));
    }

    @Test
    void helpInsideLineShowsLine() {
        HelpResult.Listing h = (HelpResult.Listing) m.help("exec_line", "show run | include foo ");
        assertThat(h.entries()).containsExactly(new HelpEntry("LINE", "Regular Expression"), HelpEntry.CR);
    }

    @Test
    void tabCompletesAUniquePrefix() {
        assertThat(m.complete("exec_line", "sh", KeywordFilter.NONE)).contains("show ");
        assertThat(m.complete("exec_line", "show cr", KeywordFilter.NONE)).contains("show crypto ");
        assertThat(m.complete("exec_line", "show c", KeywordFilter.NONE)).isEmpty();
        assertThat(m.complete("exec_line", "show ", KeywordFilter.NONE)).isEmpty();
        assertThat(m.complete("exec_line", "show interfaces gi", KeywordFilter.NONE)).contains("show interfaces GigabitEthernet ");
    }

    @Test
    void garbageNeverThrows() {
        java.util.Random rnd = new java.util.Random(42);
        for (int i = 0; i < 2000; i++) {
            StringBuilder sb = new StringBuilder();
            int len = rnd.nextInt(60);
            for (int j = 0; j < len; j++) {
                sb.append((char) rnd.nextInt(rnd.nextBoolean() ? 128 : 0x3000));
            }
            String line = sb.toString();
            MatchResult r = m.match("exec_line", line);
            assertThat(r).isNotNull();
            m.help("exec_line", line);
            m.complete("exec_line", line, KeywordFilter.NONE);
        }
        String huge = "show ".repeat(20_000);
        assertThat(m.match("exec_line", huge)).isEqualTo(new MatchResult.Invalid(5));
    }
}
