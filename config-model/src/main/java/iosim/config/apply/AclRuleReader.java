package iosim.config.apply;

import iosim.config.model.AclAction;
import iosim.config.model.AclAddress;
import iosim.config.model.AclRule;
import iosim.config.model.Ipv4;
import iosim.config.model.PortMatch;
import iosim.config.model.WellKnownPorts;
import iosim.grammar.IosParser;
import java.util.Map;
import org.antlr.v4.runtime.ParserRuleContext;

/** Turns the access-list entry rules of Ip.g4 into {@link AclRule}s (validating values). */
final class AclRuleReader {
    private static final Map<String, Integer> PROTOCOLS = Map.of("ip", 0, "esp", 50, "ahp", 51, "gre", 47,
            "tcp", 6, "udp", 17, "icmp", 1);

    private AclRuleReader() {
    }

    static AclRule remark(IosParser.Acl_remarkContext ctx) {
        String text = Tokens.text(ctx.acl_remark_text());
        if (text.length() > 100) {
            throw FeatureApplier.invalid(ctx.acl_remark_text());
        }
        return AclRule.remark(text);
    }

    static AclRule standard(IosParser.Std_acl_ruleContext ctx) {
        IosParser.Std_acl_sourceContext s = ctx.std_acl_source();
        AclAddress source;
        if (Tokens.has(s, "any")) {
            source = AclAddress.ANY;
        } else if (Tokens.has(s, "host")) {
            source = AclAddress.host(FeatureApplier.ipv4(s.std_acl_host()));
        } else {
            Ipv4 wildcard = s.std_acl_wildcard() == null ? Ipv4.ANY : FeatureApplier.ipv4(s.std_acl_wildcard());
            source = normalized(FeatureApplier.ipv4(s.std_acl_address()), wildcard);
        }
        return AclRule.standard(action(ctx.acl_action()), source, ctx.acl_log() != null);
    }

    static AclRule extended(IosParser.Ext_acl_ruleContext ctx) {
        int protocol;
        PortMatch srcPort = null;
        PortMatch dstPort = null;
        Integer icmpType = null;
        if (ctx.acl_ip_protocol() != null) {
            IosParser.Acl_ip_protocolContext p = ctx.acl_ip_protocol();
            protocol = p.acl_protocol_number() != null
                    ? FeatureApplier.intNumber(p.acl_protocol_number(), 0, 255)
                    : PROTOCOLS.get(Tokens.keyword(p));
        } else if (ctx.acl_port_protocol() != null) {
            protocol = PROTOCOLS.get(Tokens.keyword(ctx.acl_port_protocol()));
            srcPort = ctx.acl_source_port() == null ? null : ports(protocol, ctx.acl_source_port().acl_port_match());
            dstPort = ctx.acl_destination_port() == null ? null
                    : ports(protocol, ctx.acl_destination_port().acl_port_match());
            if (ctx.acl_established() != null && protocol != 6) {
                throw FeatureApplier.invalid(ctx.acl_established());
            }
        } else {
            protocol = 1;
            IosParser.Acl_icmp_typeContext t = ctx.acl_icmp_type();
            if (t != null) {
                icmpType = t.acl_icmp_type_number() != null
                        ? FeatureApplier.intNumber(t.acl_icmp_type_number(), 0, 255)
                        : WellKnownPorts.ICMP.get(Tokens.keyword(t.acl_icmp_type_name()));
            }
        }
        return new AclRule(null, action(ctx.acl_action()), protocol, source(ctx.acl_source()), srcPort,
                destination(ctx.acl_destination()), dstPort, icmpType, ctx.acl_established() != null,
                ctx.acl_log() != null);
    }

    private static AclAction action(IosParser.Acl_actionContext ctx) {
        return AclAction.valueOf(Tokens.keyword(ctx).toUpperCase());
    }

    private static AclAddress source(IosParser.Acl_sourceContext s) {
        if (Tokens.has(s, "any")) {
            return AclAddress.ANY;
        }
        if (Tokens.has(s, "host")) {
            return AclAddress.host(FeatureApplier.ipv4(s.acl_source_host()));
        }
        return normalized(FeatureApplier.ipv4(s.acl_source_address()), FeatureApplier.ipv4(s.acl_source_wildcard()));
    }

    private static AclAddress destination(IosParser.Acl_destinationContext d) {
        if (Tokens.has(d, "any")) {
            return AclAddress.ANY;
        }
        if (Tokens.has(d, "host")) {
            return AclAddress.host(FeatureApplier.ipv4(d.acl_destination_host()));
        }
        return normalized(FeatureApplier.ipv4(d.acl_destination_address()),
                FeatureApplier.ipv4(d.acl_destination_wildcard()));
    }

    /** IOS clears the address bits the wildcard ignores. */
    private static AclAddress normalized(Ipv4 address, Ipv4 wildcard) {
        return new AclAddress(new Ipv4(address.bits() & ~wildcard.bits()), wildcard);
    }

    private static PortMatch ports(int protocol, IosParser.Acl_port_matchContext m) {
        if (Tokens.has(m, "range")) {
            int lo = port(protocol, m.acl_port(0));
            int hi = port(protocol, m.acl_port(1));
            if (hi < lo) {
                throw FeatureApplier.invalid(m.acl_port(1));
            }
            return new PortMatch("range", lo, hi);
        }
        int p = port(protocol, m.acl_port(0));
        return new PortMatch(Tokens.keyword(m.acl_port_operator()), p, p);
    }

    private static int port(int protocol, IosParser.Acl_portContext p) {
        if (p.acl_port_number() != null) {
            return FeatureApplier.intNumber(p.acl_port_number(), 0, 65535);
        }
        Integer v = WellKnownPorts.forProtocol(protocol).get(Tokens.keyword(p.acl_port_name()));
        if (v == null) {
            throw FeatureApplier.invalid((ParserRuleContext) p.acl_port_name());
        }
        return v;
    }
}
