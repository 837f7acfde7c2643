package org.herodotus.cli;

import org.herodotus.store.Export;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.nio.file.Path;
import java.util.concurrent.Callable;

/** {@code herodotus export}: writes every stored event to a file. */
@Command(name = "export", mixinStandardHelpOptions = true,
        description = {"Writes every merged event of a database to a file: JSON Lines (FORMAT.md section 2b), "
                + "GDELT 2.0-style TSV (columns in docs/store.md) or Parquet."})
public final class ExportCommand implements Callable<Integer> {

    @Option(names = "--db", paramLabel = "FILE", required = true, description = "a database made by herodotus ingest")
    Path db;

    @Option(names = "--format", paramLabel = "FORMAT", required = true, description = "jsonl, tsv or parquet")
    String format;

    @Option(names = "--out", paramLabel = "FILE", required = true, description = "the file to write")
    Path out;

    @Override
    public Integer call() {
        return StoreCommands.withStore(db, true, store -> {
            long n = Export.to(store, Export.Format.parse(format), out);
            System.err.println("herodotus: export: " + n + " events written to " + out);
            return 0;
        });
    }
}
