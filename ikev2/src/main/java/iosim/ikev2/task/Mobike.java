package iosim.ikev2.task;

import iosim.ikev2.api.ChildSaKeys;
import iosim.ikev2.api.IkeEvent;
import iosim.ikev2.message.IkeMessage;
import iosim.ikev2.message.NotifyPayload;
import iosim.ikev2.message.NotifyType;
import iosim.ikev2.message.Payload;
import iosim.ikev2.sa.ChildSa;
import iosim.ikev2.sa.IkeSa;
import iosim.ikev2.sa.TaskManager;
import java.net.InetSocketAddress;
import java.util.ArrayList;
import java.util.List;

/**
 * MOBIKE as responder (RFC 4555): MOBIKE_SUPPORTED in IKE_AUTH when the engine allows it and
 * the initiator announced it; an INFORMATIONAL UPDATE_SA_ADDRESSES moves the IKE SA (already
 * answered from the request's addresses) and its Child SAs to where the request came from,
 * redoes NAT detection, echoes COOKIE2, and reports {@link IkeEvent.IkeSaAddressesUpdated}.
 */
final class Mobike {
    private Mobike() {}

    /** Adds MOBIKE_SUPPORTED to our IKE_AUTH response if both sides want it; true if it did. */
    static boolean announce(TaskManager tm, IkeMessage request, List<Payload> response) {
        if (!tm.context().mobike() || request.notify(NotifyType.MOBIKE_SUPPORTED).isEmpty()) {
            return false;
        }
        response.add(NotifyPayload.of(NotifyType.MOBIKE_SUPPORTED));
        return true;
    }

    /** True if {@code m} is an address update this SA follows. */
    static boolean isUpdate(IkeSa sa, IkeMessage m) {
        return sa.mobike() && m.notify(NotifyType.UPDATE_SA_ADDRESSES).isPresent();
    }

    /** The response payloads to an UPDATE_SA_ADDRESSES request; {@code after} reports the move. */
    static List<Payload> update(TaskManager tm, IkeMessage m, List<Runnable> after) {
        IkeSa sa = tm.sa();
        InetSocketAddress old = tm.previousRemote();
        NatDetection.Result nat = NatDetection.check(m, sa.spiI(), sa.spiR(), sa.local(), sa.remote());
        if (nat.supported()) {
            sa.setNatLocal(nat.natLocal() || sa.params().forceNatt());
            sa.setNatRemote(nat.natRemote());
        }
        List<Payload> resp = new ArrayList<>(NatDetection.notifies(sa.spiI(), sa.spiR(), sa.local(), sa.remote(),
                sa.params().forceNatt()));
        m.notify(NotifyType.COOKIE2).ifPresent(c -> resp.add(NotifyPayload.of(NotifyType.COOKIE2, c.data())));
        List<ChildSaKeys> moved = new ArrayList<>();
        for (ChildSa c : sa.children()) {
            c.keys = c.keys.withAddresses(sa.local(), sa.remote(), sa.natDetected());
            moved.add(c.keys);
        }
        after.add(() -> tm.context().emit(new IkeEvent.IkeSaAddressesUpdated(sa.name(), sa.localSpi(), old,
                sa.snapshot(tm.context().now()), moved)));
        return resp;
    }
}
