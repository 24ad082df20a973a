package org.medkg.serve;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.UnaryOperator;
import org.medkg.pipeline.Pipeline;
import org.medkg.store.ArticleGraphSplitter;
import org.medkg.store.MedkgStore;
import org.medkg.store.StoreLoader;

/** A store holding the seed and the test articles, served on a free port, and an HTTP client for it. */
final class ServedStore implements AutoCloseable {
    static final List<String> ARTICLES = List.of("examples/zh/spinal-muscular-atrophy.wiki",
            "src/test/resources/articles");

    final MedkgStore store;
    final LinkedDataServer server;
    private final HttpClient client = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    ServedStore(Path dir, UnaryOperator<LinkedDataServer.Builder> settings) {
        this.store = MedkgStore.open(dir);
        try (StoreLoader loader = new StoreLoader(store, 100, null, null)) {
            Pipeline.builder().build().run(ARTICLES, InputStream.nullInputStream(), new ArticleGraphSplitter(loader));
        }
        this.server = settings.apply(LinkedDataServer.builder(store).port(0)).build().start();
    }

    static ServedStore start(Path dir) {
        return new ServedStore(dir, b -> b);
    }

    URI uri(String pathAndQuery) {
        return server.address().resolve(pathAndQuery);
    }

    HttpResponse<String> get(String pathAndQuery, String... headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(pathAndQuery)).GET();
        if (headers.length > 0) {
            request.headers(headers);
        }
        return send(request.build());
    }

    HttpResponse<String> send(HttpRequest request) {
        return send(client, request);
    }

    /**
     * Sends on a connection of its own. For refused requests with a body: the server may close the connection
     * after answering without reading the body, and a pooled connection could be reused just as it closes.
     */
    HttpResponse<String> sendOnNewConnection(HttpRequest request) {
        return send(HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build(), request);
    }

    private static HttpResponse<String> send(HttpClient client, HttpRequest request) {
        try {
            return client.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        server.close();
        store.close();
    }

    static Path tempDir() {
        try {
            return Files.createTempDirectory("medkg-serve-test");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
