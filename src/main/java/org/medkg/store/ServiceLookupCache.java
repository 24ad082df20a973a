package org.medkg.store;

import java.io.IOException;
import java.net.URL;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * Speeds up Titanium (JSON-LD): it calls {@code jakarta.json.Json.createValue} and friends for every value,
 * and the jakarta.json 2.0 API behind them looks the provider up with a fresh {@code ServiceLoader} each time,
 * scanning every jar of the class path for {@code META-INF/services/...}: most of a JSON-LD export's time on a
 * long class path. Run with this class loader as the thread's context class loader, those look-ups read a
 * cached answer; classes and everything else come from the parent, unchanged.
 */
final class ServiceLookupCache extends ClassLoader {
    private static final ServiceLookupCache INSTANCE = new ServiceLookupCache(ServiceLookupCache.class.getClassLoader());

    private final Map<String, List<URL>> services = new ConcurrentHashMap<>();

    private ServiceLookupCache(ClassLoader parent) {
        super(parent);
    }

    /** Runs {@code work} with the cache as the context class loader. */
    static <T> T call(Supplier<T> work) {
        Thread thread = Thread.currentThread();
        ClassLoader before = thread.getContextClassLoader();
        thread.setContextClassLoader(INSTANCE);
        try {
            return work.get();
        } finally {
            thread.setContextClassLoader(before);
        }
    }

    @Override
    public Enumeration<URL> getResources(String name) throws IOException {
        if (!name.startsWith("META-INF/services/")) {
            return super.getResources(name);
        }
        List<URL> urls = services.get(name);
        if (urls == null) {
            urls = Collections.list(super.getResources(name));
            services.put(name, urls);
        }
        return Collections.enumeration(urls);
    }
}
