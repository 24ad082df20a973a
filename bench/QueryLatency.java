import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.apache.jena.query.Query;
import org.medkg.store.MedkgStore;
import org.medkg.store.StoreQuery;

/**
 * Latency of the example queries on a store: each query 3 times to warm up, then RUNS times (default 20),
 * results written to a null stream; prints median and p95 in milliseconds.
 *
 * Usage: java -cp target/medkg.jar bench/QueryLatency.java STORE_DIR queries/*.rq
 */
public class QueryLatency {
    public static void main(String[] args) throws Exception {
        int runs = Integer.getInteger("runs", 20);
        try (MedkgStore store = MedkgStore.openExisting(Path.of(args[0]))) {
            System.out.printf("| query | median ms | p95 ms |%n| --- | ---: | ---: |%n");
            for (int i = 1; i < args.length; i++) {
                Path file = Path.of(args[i]);
                Query q = StoreQuery.parse(Files.readString(file), file.toString(), null);
                List<Double> ms = new ArrayList<>();
                for (int r = 0; r < runs + 3; r++) {
                    long t0 = System.nanoTime();
                    String format = q.isSelectType() || q.isAskType() ? "csv" : "table";
                    StoreQuery.run(store, q, StoreQuery.Results.of(format), Duration.ofMinutes(5),
                            OutputStream.nullOutputStream());
                    if (r >= 3) {
                        ms.add((System.nanoTime() - t0) / 1e6);
                    }
                }
                Collections.sort(ms);
                System.out.printf("| %s | %.1f | %.1f |%n", file.getFileName(), ms.get(ms.size() / 2),
                        ms.get((int) Math.ceil(ms.size() * 0.95) - 1));
            }
        }
    }
}
