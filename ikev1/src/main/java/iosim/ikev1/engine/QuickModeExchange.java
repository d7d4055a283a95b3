package iosim.ikev1.engine;

import iosim.ike.crypto.DhKeyPair;
import iosim.ikev1.api.QuickModeParams;
import iosim.ikev1.api.Selector;

/** One Quick Mode exchange in progress (or just finished, kept to answer retransmissions). */
final class QuickModeExchange {
    final int messageId;
    final boolean initiator;
    final IsakmpSa.Exchange exchange;
    QuickModeParams params;
    /** The IPsec SA pair this one replaces (a rekey), or null. */
    ChildState replacing;
    byte[] ni;
    byte[] nr;
    DhKeyPair dh;
    byte[] gxyQm;
    int inboundSpi;
    int outboundSpi;
    Phase2Proposals.Offer chosen;
    Selector local;
    Selector remote;
    long seconds;
    long kilobytes;
    boolean done;

    QuickModeExchange(int messageId, boolean initiator, QuickModeParams params) {
        this.messageId = messageId;
        this.initiator = initiator;
        this.params = params;
        this.exchange = new IsakmpSa.Exchange(messageId);
    }
}
