package io.gongkai.render.json;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * Compares a hand-written golden JSON with the reader's JSON and lists every difference with its path.
 * Conventions of golden files (docs/json-format.md): {@code source} and {@code issues} are not compared; a missing
 * key equals null; whitespace inside strings is not significant (it is an artifact of text extraction); decimal
 * strings compare by value; a narrative fact's subject in the golden file is its core noun phrase, which the
 * extracted subject must contain.
 */
final class JsonDiff {

    private static final Set<String> IGNORED = Set.of("source", "issues");
    private static final Pattern DECIMAL = Pattern.compile("-?\\d+(\\.\\d+)?");
    private static final Pattern WHITESPACE = Pattern.compile("[\\s\\u3000]+");

    private final List<String> differences = new ArrayList<>();

    private JsonDiff() {
    }

    static List<String> diff(JsonNode expected, JsonNode actual) {
        JsonDiff d = new JsonDiff();
        d.compare("$", expected, actual);
        return d.differences;
    }

    private void compare(String path, JsonNode expected, JsonNode actual) {
        boolean expectedNull = expected == null || expected.isNull();
        boolean actualNull = actual == null || actual.isNull();
        if (expectedNull || actualNull) {
            if (expectedNull != actualNull) {
                differences.add(path + ": expected " + expected + " but was " + actual);
            }
            return;
        }
        if (expected.isObject() && actual.isObject()) {
            Set<String> keys = new TreeSet<>();
            expected.fieldNames().forEachRemaining(keys::add);
            actual.fieldNames().forEachRemaining(keys::add);
            for (String key : keys) {
                if (!IGNORED.contains(key)) {
                    compare(path + "." + key, expected.get(key), actual.get(key));
                }
            }
        } else if (expected.isArray() && actual.isArray()) {
            if (expected.size() != actual.size()) {
                differences.add(path + ": expected " + expected.size() + " elements but was " + actual.size());
            }
            Iterator<JsonNode> e = expected.elements();
            Iterator<JsonNode> a = actual.elements();
            int i = 0;
            while (e.hasNext() && a.hasNext()) {
                compare(path + "[" + i++ + "]", e.next(), a.next());
            }
        } else if (!scalarsMatch(path, expected, actual)) {
            differences.add(path + ": expected " + expected + " but was " + actual);
        }
    }

    private static boolean scalarsMatch(String path, JsonNode expected, JsonNode actual) {
        if (expected.isNumber() || actual.isNumber() || expected.isBoolean() || actual.isBoolean()) {
            return expected.asText().equals(actual.asText());
        }
        String e = WHITESPACE.matcher(expected.asText()).replaceAll("");
        String a = WHITESPACE.matcher(actual.asText()).replaceAll("");
        if (DECIMAL.matcher(e).matches() && DECIMAL.matcher(a).matches()) {
            return new BigDecimal(e).compareTo(new BigDecimal(a)) == 0;
        }
        if (path.matches("\\$\\.narrative\\.facts\\[\\d+]\\.subject")) {
            return a.contains(e);
        }
        return e.equals(a);
    }
}
