package io.gongkai.rules.support;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.UnaryOperator;

/**
 * A bounded, thread-safe memo of a pure text function (name normalisation), which rules call for every pair of
 * narrative subject and table row. Cleared when it grows past its bound, so a national corpus cannot fill memory.
 */
public final class NameCache {

    private static final int BOUND = 50_000;

    private final UnaryOperator<String> function;
    private final Map<String, String> cache = new ConcurrentHashMap<>();

    public NameCache(UnaryOperator<String> function) {
        this.function = function;
    }

    public String apply(String text) {
        String hit = cache.get(text);
        if (hit != null) {
            return hit;
        }
        String value = function.apply(text);
        if (cache.size() >= BOUND) {
            cache.clear();
        }
        cache.put(text, value);
        return value;
    }
}
