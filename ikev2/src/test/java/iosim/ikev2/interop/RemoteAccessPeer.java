package iosim.ikev2.interop;

import iosim.ikev2.api.ConfigAttributes;
import iosim.ikev2.api.EapMethod;
import iosim.ikev2.api.Identity;
import iosim.ikev2.api.IkeSaSnapshot;
import iosim.ikev2.api.RemoteAccessAuthorizer;
import iosim.ikev2.api.RemoteAccessPolicy;
import iosim.ikev2.api.TrafficSelectorSpec;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.UnknownHostException;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** {@link InteropPeer}'s remote-access gateway mode: EAP users and a small address pool. */
final class RemoteAccessPeer {
    private RemoteAccessPeer() {}

    static RemoteAccessPolicy policy(Map<String, String> o, PrintStream out) {
        Map<String, String> users = new HashMap<>();
        for (String u : o.getOrDefault("users", "alice:Secr3t!").split(",")) {
            int i = u.indexOf(':');
            users.put(u.substring(0, i), u.substring(i + 1));
        }
        List<EapMethod> methods = Arrays.stream(o.get("ra").split(",")).map(m -> switch (m) {
            case "md5" -> EapMethod.MD5;
            case "gtc" -> EapMethod.GTC;
            default -> EapMethod.MSCHAPV2;
        }).toList();
        Deque<InetAddress> pool = new ArrayDeque<>();
        for (int i = 1; i < 10; i++) {
            pool.add(addr(o.getOrDefault("pool", "10.99.0.") + i));
        }
        RemoteAccessAuthorizer authorizer = new RemoteAccessAuthorizer() {
            @Override
            public Decision authorize(String user, Identity id, InetSocketAddress peer, boolean addressRequested) {
                if (pool.isEmpty()) {
                    return Decision.refuse("pool exhausted");
                }
                return Decision.grant(new ConfigAttributes(pool.poll(), addr("255.255.255.255"),
                        List.of(addr("192.168.1.53")), List.of(),
                        List.of(TrafficSelectorSpec.subnet(o.getOrDefault("local-ts", "192.168.1.0/24"))), null));
            }

            @Override
            public void release(String user, ConfigAttributes a) {
                pool.addFirst(a.address());
                out.println("RELEASED " + user + " " + a.address().getHostAddress());
            }
        };
        return new RemoteAccessPolicy(methods, !o.getOrDefault("query-identity", "yes").equals("no"), 30_000,
                u -> Optional.ofNullable(users.get(u)), authorizer);
    }

    static String describe(IkeSaSnapshot sa) {
        if (sa.remoteAccess() == null) {
            return "";
        }
        ConfigAttributes a = sa.remoteAccess().attributes();
        return " user=" + sa.remoteAccess().eapIdentity() + " method=" + sa.remoteAccess().method().displayName()
                + " addr=" + (a.address() == null ? "-" : a.address().getHostAddress());
    }

    private static InetAddress addr(String s) {
        try {
            return InetAddress.getByName(s);
        } catch (UnknownHostException e) {
            throw new IllegalArgumentException(e);
        }
    }
}
