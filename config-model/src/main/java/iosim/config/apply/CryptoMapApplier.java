package iosim.config.apply;

import iosim.config.ConfigSection;
import iosim.config.RunningConfig;
import iosim.config.mode.Mode;
import iosim.config.model.CryptoMap;
import iosim.grammar.IosParser;

/** {@code crypto map NAME SEQ ipsec-isakmp} and {@code no crypto map NAME [SEQ]}. */
final class CryptoMapApplier extends FeatureApplier {
    static final String[] NEW_ENTRY_NOTE = {
        "% NOTE: This new crypto map will remain disabled until a peer",
        "        and a valid access list have been configured.",
    };

    CryptoMapApplier(RunningConfig config, ModeContext context) {
        super(config, context);
    }

    @Override
    public ApplyResult visitCrypto_map_enter(IosParser.Crypto_map_enterContext ctx) {
        String name = Tokens.text(ctx.crypto_map_name());
        int seq = intNumber(ctx.crypto_map_seq(), 1, 65535);
        CryptoMap map = model.cryptoMaps().computeIfAbsent(name, CryptoMap::new);
        boolean isNew = map.entry(seq) == null;
        var entry = map.entryOrCreate(seq);
        if (ctx.dynamic_map_ref() != null) {
            // IOS: a dynamic entry takes its settings from the template and opens no sub-mode
            entry.setDynamicMap(Tokens.text(ctx.dynamic_map_ref()));
            changed(ConfigSection.CRYPTO_MAP, name);
            return ApplyResult.stay();
        }
        changed(ConfigSection.CRYPTO_MAP, name);
        ModeContext next = ModeContext.of(name, String.valueOf(seq));
        return isNew ? ApplyResult.enter(Mode.CRYPTO_MAP, next, NEW_ENTRY_NOTE) : ApplyResult.enter(Mode.CRYPTO_MAP, next);
    }

    @Override
    public ApplyResult visitCrypto_map_remove(IosParser.Crypto_map_removeContext ctx) {
        String name = Tokens.text(ctx.crypto_map_name());
        CryptoMap map = model.cryptoMaps().get(name);
        if (map == null) {
            return ApplyResult.stay();
        }
        if (ctx.crypto_map_seq() == null) {
            model.cryptoMaps().remove(name);
        } else {
            map.removeEntry(intNumber(ctx.crypto_map_seq(), 1, 65535));
            if (map.entries().isEmpty()) {
                model.cryptoMaps().remove(name);
            }
        }
        changed(ConfigSection.CRYPTO_MAP, name);
        return ApplyResult.stay();
    }
}
