package iosim.ikev2.sa;

import iosim.ikev2.api.EncryptionAlgorithm;
import iosim.ikev2.api.IntegrityAlgorithm;
import iosim.ikev2.api.IpsecProtocol;
import iosim.ikev2.api.KeyExchangeGroup;

/** The algorithms a Child SA runs with (integrity null with AEAD, pfsGroup null without PFS). */
public record NegotiatedChildAlgorithms(IpsecProtocol protocol, EncryptionAlgorithm encryption,
                                        IntegrityAlgorithm integrity, KeyExchangeGroup pfsGroup, boolean esn) {}
