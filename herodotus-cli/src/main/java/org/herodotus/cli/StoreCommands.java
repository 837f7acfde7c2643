package org.herodotus.cli;

import org.herodotus.store.Store;
import org.herodotus.store.StoreException;

import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.function.Function;

/** What the database commands share: opening the store and turning its failures into exit codes. */
final class StoreCommands {

    private StoreCommands() {
    }

    /** Runs {@code work} on the store; a store problem is one line on standard error and exit code 2 (or 1). */
    static int withStore(Path db, boolean forReading, Function<Store, Integer> work) {
        try (Store store = forReading ? Store.openForReading(db) : Store.open(db)) {
            return work.apply(store);
        } catch (StoreException e) {
            System.err.println("herodotus: " + e.getMessage());
            return e.badInput() ? HerodotusCommand.BAD_INPUT : 1;
        } catch (IllegalArgumentException e) {
            System.err.println("herodotus: " + e.getMessage());
            return HerodotusCommand.BAD_INPUT;
        }
    }

    static PrintWriter stdout() {
        return new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8));
    }
}
