package org.medkg.cli;

import java.nio.file.Path;
import org.apache.commons.cli.CommandLine;
import org.apache.commons.cli.Options;
import org.medkg.store.MedkgStore;
import org.medkg.store.StoreStats;

/** {@code medkg stats}: what the store holds. */
final class StatsCommand implements Command {

    @Override
    public String name() {
        return "stats";
    }

    @Override
    public String synopsis() {
        return "";
    }

    @Override
    public String summary() {
        return "count the store's articles, diseases, genes, drugs, triples and graphs";
    }

    @Override
    public Options options() {
        return new Options().addOption(LoadCommand.storeOption());
    }

    @Override
    public int run(CommandLine line, Terminal t) throws Exception {
        if (!line.getArgList().isEmpty()) {
            throw new UsageException("stats takes no arguments (the store is --store DIR)");
        }
        Path dir = Path.of(line.getOptionValue("store", LoadCommand.DEFAULT_STORE));
        try (MedkgStore store = MedkgStore.openExisting(dir)) {
            StoreStats stats = store.stats();
            t.out().print(stats);
            t.out().flush();
        }
        return ExitStatus.OK;
    }
}
