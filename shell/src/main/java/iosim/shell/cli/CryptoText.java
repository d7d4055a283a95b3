package iosim.shell.cli;

import iosim.grammar.IosParser;

/**
 * {@code show crypto ...} while no IKE or IPsec SA can exist (the IKEv2 engine and dataplane
 * are wired to the CLI by a later issue): what IOS prints when there is nothing to list.
 * Views of configured objects (proposals, profiles, maps) come with that wiring.
 */
final class CryptoText {
    private CryptoText() {}

    static String show(IosParser.Show_cryptoContext c, LiveExec live) {
        if (c.show_crypto_ikev2() != null) {
            IosParser.Show_crypto_ikev2Context k = c.show_crypto_ikev2();
            if (k.show_ikev2_sa() != null) {
                boolean detailed = false;
                String remote = null;
                for (IosParser.Show_ikev2_sa_filterContext f : k.show_ikev2_sa().show_ikev2_sa_filter()) {
                    if (f.show_ikev2_sa_remote() != null) {
                        remote = f.show_ikev2_sa_remote().show_remote_addr().getText();
                    } else if (f.show_ikev2_sa_local() == null) {
                        detailed = true;
                    }
                }
                return live.showIkev2Sa(detailed, remote);
            }
            if (k.show_ikev2_session() != null) {
                return live.showIkev2Session(k.show_ikev2_session().getChildCount() > 1);
            }
            String config = null;
            if (k.show_ikev2_proposal() != null) {
                config = live.showCryptoConfig("ikev2 proposal", k.show_ikev2_proposal().show_proposal_name() == null
                        ? null : k.show_ikev2_proposal().show_proposal_name().getText());
            } else if (k.show_ikev2_policy() != null) {
                config = live.showCryptoConfig("ikev2 policy", k.show_ikev2_policy().show_policy_name() == null
                        ? null : k.show_ikev2_policy().show_policy_name().getText());
            } else if (k.show_ikev2_profile() != null) {
                config = live.showCryptoConfig("ikev2 profile", k.show_ikev2_profile().show_profile_name() == null
                        ? null : k.show_ikev2_profile().show_profile_name().getText());
            }
            if (config != null) {
                return config;
            }
            if (k.show_ikev2_stats() != null) {
                boolean exchange = k.show_ikev2_stats().getChildCount() > 1;
                String out = live.showIkev2Stats(exchange);
                return out != null ? out : exchange ? statsExchange() : stats();
            }
            return "";
        }
        if (c.show_crypto_isakmp() != null) {
            IosParser.Show_crypto_isakmpContext k = c.show_crypto_isakmp();
            if (k.show_isakmp_sa() != null) {
                return live.showIsakmpSa(k.show_isakmp_sa().getChildCount() > 1);
            }
            String kind = k.show_isakmp_policy() != null ? "isakmp policy"
                    : k.show_isakmp_default() != null ? "isakmp default policy" : "isakmp key";
            String out = live.showCryptoConfig(kind, null);
            return out == null ? "" : out;
        }
        if (c.show_crypto_session() != null) {
            IosParser.Show_crypto_sessionContext s = c.show_crypto_session();
            boolean detail = s.getText().endsWith("detail");
            return live.showCryptoSession(detail);
        }
        if (c.show_crypto_ipsec() != null && c.show_crypto_ipsec().show_ipsec_sa() != null) {
            IosParser.Show_ipsec_saContext sa = c.show_crypto_ipsec().show_ipsec_sa();
            boolean detail = sa.getText().endsWith("detail");
            String peer = sa.show_ipsec_sa_peer() == null ? null : sa.show_ipsec_sa_peer().show_sa_peer_addr().getText();
            String itf = sa.show_ipsec_sa_interface() == null ? null
                    : ExecCommands.interfaceName(sa.show_ipsec_sa_interface().exec_interface());
            String map = sa.show_ipsec_sa_map() == null ? null : sa.show_ipsec_sa_map().show_map_name().getText();
            return live.showIpsecSa(detail, peer, itf, map);
        }
        if (c.show_crypto_ipsec() != null && c.show_crypto_ipsec().show_ipsec_transform_set() != null) {
            IosParser.Show_ipsec_transform_setContext t = c.show_crypto_ipsec().show_ipsec_transform_set();
            String out = live.showCryptoConfig("ipsec transform-set",
                    t.show_transform_set_name() == null ? null : t.show_transform_set_name().getText());
            return out == null ? "" : out;
        }
        if (c.show_crypto_ipsec() != null && c.show_crypto_ipsec().show_ipsec_profile() != null) {
            IosParser.Show_ipsec_profileContext p = c.show_crypto_ipsec().show_ipsec_profile();
            String out = live.showCryptoConfig("ipsec profile",
                    p.show_ipsec_profile_name() == null ? null : p.show_ipsec_profile_name().getText());
            return out == null ? "" : out;
        }
        if (c.show_crypto_map() != null) {
            IosParser.Show_crypto_mapContext m = c.show_crypto_map();
            String out = live.showCryptoConfig("map",
                    m.show_crypto_map_tag() == null ? null : m.show_crypto_map_tag().show_map_name().getText());
            return out == null ? "" : out;
        }
        if (c.show_crypto_engine() != null) {
            String out = live.showCryptoConfig("engine connections active", null);
            if (out != null) {
                return out;
            }
            return "Crypto Engine Connections\n\n"
                    + "   ID  Type    Algorithm           Encrypt  Decrypt LastSeqN IP-Address\n";
        }
        if (c.show_crypto_key() != null) {
            return "";
        }
        if (c.show_crypto_pki() != null) {
            return "";
        }
        return "";
    }

    private static String stats() {
        String rule = "-".repeat(80) + "\n";
        return rule
                + "                          Crypto IKEv2 SA Statistics\n"
                + rule
                + "System Resource Limit:   0        Max IKEv2 SAs: 0        Max in nego(in/out): 40/400\n"
                + "Total incoming IKEv2 SA Count:    0        active:        0        negotiating: 0     \n"
                + "Total outgoing IKEv2 SA Count:    0        active:        0        negotiating: 0     \n"
                + "Incoming IKEv2 Requests: 0        accepted:      0        rejected:    0       \n"
                + "Outgoing IKEv2 Requests: 0        accepted:      0        rejected:    0       \n"
                + "Rejected IKEv2 Requests: 0        rsrc low:      0        SA limit:    0       \n"
                + "IKEv2 packets dropped at dispatch: 0       \n"
                + "Incoming Requests dropped as LOW Q limit reached : 0       \n"
                + "Incoming IKEV2 Cookie Challenged Requests: 0       \n"
                + "    accepted: 0        rejected: 0        rejected no cookie: 0       \n"
                + "Total Deleted sessions of Cert Revoked Peers: 0       \n";
    }

    private static String statsExchange() {
        StringBuilder sb = new StringBuilder();
        sb.append("EXCHANGE/NOTIFY                   TX(REQ)    TX(RES)    RX(REQ)    RX(RES)\n\nEXCHANGES\n\n");
        for (String x : new String[] {"IKE_SA_INIT", "IKE_AUTH", "CREATE_CHILD_SA", "INFORMATIONAL"}) {
            sb.append(String.format("%-32s%9d%11d%11d%11d", x, 0, 0, 0, 0)).append('\n');
        }
        return sb.toString();
    }
}
