package io.gongkai.rules.support;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * A bounded, thread-safe memo of a pure function of a text (reading a printed indicator value), for values that
 * are immutable. Like {@link NameCache}, cleared when it grows past its bound, so a national corpus cannot fill
 * memory.
 *
 * @param <V> the value read from the text; must be immutable
 */
public final class TextMemo<V> {

    private static final int BOUND = 50_000;

    private final Function<String, V> function;
    private final Map<String, V> cache = new ConcurrentHashMap<>();

    public TextMemo(Function<String, V> function) {
        this.function = function;
    }

    public V apply(String text) {
        V hit = cache.get(text);
        if (hit != null) {
            return hit;
        }
        V value = function.apply(text);
        if (cache.size() >= BOUND) {
            cache.clear();
        }
        cache.put(text, value);
        return value;
    }
}
