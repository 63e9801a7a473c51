package io.gongkai.rules.support;

/**
 * A memo key: an object of the report being checked, compared by identity (a record's own hashCode would hash its
 * every field on each look-up), and a qualifier compared by equality (a topic, a table side).
 */
public record IdentityKey(Object object, Object qualifier) {

    @Override
    public boolean equals(Object o) {
        return o instanceof IdentityKey k && k.object == object && k.qualifier.equals(qualifier);
    }

    @Override
    public int hashCode() {
        return 31 * System.identityHashCode(object) + qualifier.hashCode();
    }
}
