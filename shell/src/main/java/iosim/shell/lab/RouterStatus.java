package iosim.shell.lab;

import iosim.dataplane.InterfaceKind;
import iosim.dataplane.InterfaceStatus;
import iosim.ikev2.api.IkeSaSnapshot;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A router's state for the lab prompt's {@code routers} listing: booting or running, physical
 * ports up, IKE SAs established of all.
 */
record RouterStatus(String state, int portsUp, int ports, int ikeReady, int ikeAll) {

    static RouterStatus of(LabRouter r) {
        if (r.router().booting()) {
            return new RouterStatus("booting", 0, 0, 0, 0);
        }
        try {
            List<InterfaceStatus> st = r.runtime().node().interfaceStatus().get(5, TimeUnit.SECONDS);
            int ports = 0;
            int up = 0;
            for (InterfaceStatus s : st) {
                if (s.kind() == InterfaceKind.ETHERNET) {
                    ports++;
                    if (s.adminUp() && s.lineProtocolUp()) {
                        up++;
                    }
                }
            }
            List<IkeSaSnapshot> sas = r.runtime().ikeSas();
            int ready = (int) sas.stream().filter(s -> "ESTABLISHED".equals(s.state()) || "REKEYING".equals(s.state())).count();
            return new RouterStatus("running", up, ports, ready, sas.size());
        } catch (Exception e) {
            return new RouterStatus("no answer", 0, 0, 0, 0);
        }
    }
}
