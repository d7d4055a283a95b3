package iosim.ikev2.task;

import iosim.ikev2.api.ConfigAttributes;
import iosim.ikev2.api.TrafficSelectorSpec;
import iosim.ikev2.message.CpPayload;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Configuration payload attributes (RFC 7296 3.15.1, RFC 8598 for the DNS domain) to and from
 * {@link ConfigAttributes}. IPv4 only.
 */
public final class ConfigPayloads {
    public static final int INTERNAL_IP4_ADDRESS = 1;
    public static final int INTERNAL_IP4_NETMASK = 2;
    public static final int INTERNAL_IP4_DNS = 3;
    public static final int INTERNAL_IP4_NBNS = 4;
    public static final int INTERNAL_IP4_SUBNET = 13;
    public static final int INTERNAL_DNS_DOMAIN = 25;

    private ConfigPayloads() {
    }

    /** A client's CFG_REQUEST: an address, netmask, DNS and NBNS servers, subnets. */
    public static CpPayload request(boolean address) {
        List<CpPayload.Attribute> a = new ArrayList<>();
        if (address) {
            a.add(new CpPayload.Attribute(INTERNAL_IP4_ADDRESS, new byte[0]));
        }
        a.add(new CpPayload.Attribute(INTERNAL_IP4_NETMASK, new byte[0]));
        a.add(new CpPayload.Attribute(INTERNAL_IP4_DNS, new byte[0]));
        a.add(new CpPayload.Attribute(INTERNAL_IP4_NBNS, new byte[0]));
        return new CpPayload(CpPayload.CFG_REQUEST, a);
    }

    /** True if the request asks for an IPv4 address. */
    public static boolean wantsAddress(CpPayload request) {
        return request != null && request.cfgType() == CpPayload.CFG_REQUEST
                && request.attributes().stream().anyMatch(a -> a.type() == INTERNAL_IP4_ADDRESS);
    }

    /** The gateway's CFG_REPLY. */
    public static CpPayload reply(ConfigAttributes c) {
        List<CpPayload.Attribute> a = new ArrayList<>();
        if (c.address() != null) {
            a.add(new CpPayload.Attribute(INTERNAL_IP4_ADDRESS, c.address().getAddress()));
        }
        if (c.netmask() != null) {
            a.add(new CpPayload.Attribute(INTERNAL_IP4_NETMASK, c.netmask().getAddress()));
        }
        c.dns().forEach(d -> a.add(new CpPayload.Attribute(INTERNAL_IP4_DNS, d.getAddress())));
        c.nbns().forEach(d -> a.add(new CpPayload.Attribute(INTERNAL_IP4_NBNS, d.getAddress())));
        for (TrafficSelectorSpec s : c.subnets()) {
            byte[] v = new byte[8];
            System.arraycopy(s.startAddress().getAddress(), 0, v, 0, 4);
            System.arraycopy(maskOf(s), 0, v, 4, 4);
            a.add(new CpPayload.Attribute(INTERNAL_IP4_SUBNET, v));
        }
        if (c.domain() != null && !c.domain().isEmpty()) {
            a.add(new CpPayload.Attribute(INTERNAL_DNS_DOMAIN, c.domain().getBytes(StandardCharsets.US_ASCII)));
        }
        return new CpPayload(CpPayload.CFG_REPLY, a);
    }

    /** What a CFG_REPLY carries; malformed attributes are skipped. */
    public static ConfigAttributes parse(CpPayload reply) {
        InetAddress addr = null;
        InetAddress mask = null;
        List<InetAddress> dns = new ArrayList<>();
        List<InetAddress> nbns = new ArrayList<>();
        List<TrafficSelectorSpec> subnets = new ArrayList<>();
        String domain = null;
        for (CpPayload.Attribute a : reply.attributes()) {
            byte[] v = a.value();
            switch (a.type()) {
                case INTERNAL_IP4_ADDRESS -> addr = v.length == 4 ? ip(v) : addr;
                case INTERNAL_IP4_NETMASK -> mask = v.length == 4 ? ip(v) : mask;
                case INTERNAL_IP4_DNS -> {
                    if (v.length == 4) {
                        dns.add(ip(v));
                    }
                }
                case INTERNAL_IP4_NBNS -> {
                    if (v.length == 4) {
                        nbns.add(ip(v));
                    }
                }
                case INTERNAL_IP4_SUBNET -> {
                    if (v.length == 8) {
                        int prefix = Integer.bitCount(((v[4] & 0xff) << 24) | ((v[5] & 0xff) << 16) | ((v[6] & 0xff) << 8)
                                | (v[7] & 0xff));
                        subnets.add(TrafficSelectorSpec.subnet(ip(Arrays.copyOf(v, 4)).getHostAddress() + "/" + prefix));
                    }
                }
                case INTERNAL_DNS_DOMAIN -> domain = new String(v, StandardCharsets.US_ASCII);
                default -> {
                }
            }
        }
        return new ConfigAttributes(addr, mask, dns, nbns, subnets, domain);
    }

    private static byte[] maskOf(TrafficSelectorSpec s) {
        byte[] a = s.startAddress().getAddress();
        byte[] b = s.endAddress().getAddress();
        byte[] m = new byte[4];
        for (int i = 0; i < 4; i++) {
            m[i] = (byte) ~(a[i] ^ b[i]);
        }
        return m;
    }

    private static InetAddress ip(byte[] b) {
        try {
            return InetAddress.getByAddress(b);
        } catch (UnknownHostException e) {
            throw new IllegalArgumentException(e);
        }
    }
}
