package iosim.config.apply;

import iosim.config.ConfigSection;
import iosim.config.RunningConfig;
import iosim.config.mode.Mode;
import iosim.config.model.ArchiveSettings;
import iosim.grammar.IosParser;

/** The global {@code archive} block and its (config-archive) statements. */
final class ArchiveApplier extends FeatureApplier {

    ArchiveApplier(RunningConfig config, ModeContext context) {
        super(config, context);
    }

    @Override
    public ApplyResult visitArchive_enter(IosParser.Archive_enterContext ctx) {
        if (config.system().archive() == null) {
            config.system().setArchive(new ArchiveSettings());
            changed(ConfigSection.SYSTEM, "archive");
        }
        return ApplyResult.enter(Mode.ARCHIVE, ModeContext.NONE);
    }

    @Override
    public ApplyResult visitArchive_remove(IosParser.Archive_removeContext ctx) {
        if (config.system().archive() != null) {
            config.system().setArchive(null);
            changed(ConfigSection.SYSTEM, "archive");
        }
        return ApplyResult.stay();
    }

    private ArchiveSettings archive() {
        ArchiveSettings a = config.system().archive();
        if (a == null) { // removed from another session meanwhile
            a = new ArchiveSettings();
            config.system().setArchive(a);
        }
        return a;
    }

    private ApplyResult done() {
        changed(ConfigSection.SYSTEM, "archive");
        return ApplyResult.stay();
    }

    @Override
    public ApplyResult visitArchive_path(IosParser.Archive_pathContext ctx) {
        String url = no(ctx.neg) ? null : Tokens.text(ctx.archive_url());
        if (url != null && !url.contains(":")) {
            throw invalid(ctx.archive_url());
        }
        archive().setPath(url);
        return done();
    }

    @Override
    public ApplyResult visitArchive_maximum(IosParser.Archive_maximumContext ctx) {
        int max = no(ctx.neg) ? ArchiveSettings.DEFAULT_MAXIMUM : intNumber(ctx.archive_max(), 1, 14);
        archive().setMaximum(max);
        return done();
    }

    @Override
    public ApplyResult visitArchive_write_memory(IosParser.Archive_write_memoryContext ctx) {
        archive().setWriteMemory(!no(ctx.neg));
        return done();
    }

    @Override
    public ApplyResult visitArchive_time_period(IosParser.Archive_time_periodContext ctx) {
        Integer minutes = no(ctx.neg) ? null : intNumber(ctx.archive_minutes(), 1, 525600);
        archive().setTimePeriod(minutes);
        return done();
    }
}
