package iosim.ikev2.sa;

import iosim.ikev2.api.EngineCounters;
import iosim.ikev2.api.EngineSettings;
import iosim.ikev2.api.FragmentationSettings;
import iosim.ike.crypto.RandomSource;
import iosim.ike.time.Scheduler;
import iosim.ike.net.Datagram;
import iosim.ikev2.api.IkeEvent;
import iosim.ikev2.api.IkeEventListener;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Consumer;

/**
 * The services every IKE SA's task manager and tasks share: clock, randomness, SPIs, crypto,
 * codec, the outbound datagram sink, the event listener, and the table of live IKE SAs by our
 * SPI. Single-threaded like the rest of the engine.
 */
public final class EngineContext {
    private final Scheduler scheduler;
    private final Random random;
    private final RandomSource randomSource;
    private final SpiAllocator spis;
    private final IkeCrypto crypto;
    private final WireCodec codec;
    private final Consumer<Datagram> out;
    private final IkeEventListener listener;
    private final TaskFactory tasks;
    private EngineSettings settings;
    private final EngineCounters counters = new EngineCounters();
    private final Map<Long, TaskManager> byLocalSpi = new HashMap<>();
    private final Map<String, List<iosim.ikev2.api.ChildSessionParams>> responderChildren = new HashMap<>();
    private final Map<String, iosim.ikev2.api.RemoteAccessPolicy> remoteAccess = new HashMap<>();
    private final Map<String, iosim.ikev2.api.EapClientParams> eapClients = new HashMap<>();
    private boolean mobike;

    public EngineContext(Scheduler scheduler, Random random, RandomSource randomSource, Consumer<Datagram> out,
                         IkeEventListener listener, EngineSettings settings, TaskFactory tasks) {
        this.scheduler = scheduler;
        this.random = random;
        this.randomSource = randomSource;
        this.spis = new SpiAllocator(random);
        this.crypto = new IkeCrypto(randomSource, settings.rekeyKeyDerivation());
        this.codec = new WireCodec(randomSource, settings.fragmentation());
        this.out = out;
        this.listener = listener;
        this.settings = settings;
        this.tasks = tasks;
    }

    /** Makes the tasks that timers queue and answers the peer's requests. */
    public TaskFactory tasks() {
        return tasks;
    }

    public Scheduler scheduler() {
        return scheduler;
    }

    public long now() {
        return scheduler.nowMillis();
    }

    public Random random() {
        return random;
    }

    public RandomSource randomSource() {
        return randomSource;
    }

    public SpiAllocator spis() {
        return spis;
    }

    public IkeCrypto crypto() {
        return crypto;
    }

    public WireCodec codec() {
        return codec;
    }

    public EngineSettings settings() {
        return settings;
    }

    /** Fragmentation for IKE SAs set up from now on (see {@link IkeEngine#setFragmentation}). */
    public void setFragmentation(FragmentationSettings f) {
        settings = settings.withFragmentation(f);
        codec.setFragmentation(f);
    }

    /** Vendor IDs for IKE_SA_INIT messages from now on (see {@code IkeEngine#setVendorIds}). */
    public void setVendorIds(List<byte[]> ids) {
        settings = settings.withVendorIds(ids);
    }

    /** COOKIE threshold for IKE_SA_INIT requests from now on (see {@link IkeEngine#setCookieThreshold}). */
    public void setCookieThreshold(int halfOpenSas) {
        settings = settings.withCookieThreshold(halfOpenSas);
    }

    public EngineCounters counters() {
        return counters;
    }

    public void send(Datagram d) {
        counters.sent++;
        out.accept(d);
    }

    public void emit(IkeEvent e) {
        try {
            listener.onEvent(e);
        } catch (RuntimeException ignored) {
            // a listener's bug must not break the protocol
        }
    }

    public void register(TaskManager m) {
        byLocalSpi.put(m.sa().localSpi(), m);
    }

    public void unregister(IkeSa sa) {
        byLocalSpi.remove(sa.localSpi());
    }

    public TaskManager manager(long localSpi) {
        return byLocalSpi.get(localSpi);
    }

    public List<TaskManager> managers() {
        return new ArrayList<>(byLocalSpi.values());
    }

    /** Sets (empty list: clears) the Child SA templates a session accepts as responder. */
    public void setResponderChildren(String sessionName, List<iosim.ikev2.api.ChildSessionParams> templates) {
        if (templates.isEmpty()) {
            responderChildren.remove(sessionName);
        } else {
            responderChildren.put(sessionName, List.copyOf(templates));
        }
    }

    /** The Child SA templates {@code sessionName} accepts as responder, else just {@code fallback}. */
    public List<iosim.ikev2.api.ChildSessionParams> responderChildren(String sessionName,
                                                                      iosim.ikev2.api.ChildSessionParams fallback) {
        return responderChildren.getOrDefault(sessionName, List.of(fallback));
    }

    /** MOBIKE (RFC 4555) as responder: announce it when the initiator does, follow its UPDATE_SA_ADDRESSES. */
    public void setMobike(boolean on) {
        mobike = on;
    }

    public boolean mobike() {
        return mobike;
    }

    /** Sets (null: clears) the EAP remote-access policy of a session (we are the gateway). */
    public void setRemoteAccess(String sessionName, iosim.ikev2.api.RemoteAccessPolicy policy) {
        if (policy == null) {
            remoteAccess.remove(sessionName);
        } else {
            remoteAccess.put(sessionName, policy);
        }
    }

    /** The session's remote-access policy, or null when its peers authenticate with AUTH as usual. */
    public iosim.ikev2.api.RemoteAccessPolicy remoteAccess(String sessionName) {
        return remoteAccess.get(sessionName);
    }

    /** Sets (null: clears) the EAP credentials a session initiates with (we are the client). */
    public void setEapClient(String sessionName, iosim.ikev2.api.EapClientParams params) {
        if (params == null) {
            eapClients.remove(sessionName);
        } else {
            eapClients.put(sessionName, params);
        }
    }

    /** The session's EAP client credentials, or null. */
    public iosim.ikev2.api.EapClientParams eapClient(String sessionName) {
        return eapClients.get(sessionName);
    }

    public int ikeSaCount() {
        return byLocalSpi.size();
    }
}
