/**
 * The domain model of a disclosure: immutable records, exact decimal money, provenance. Start at {@link io.gongkai.model.Report}.
 */
package io.gongkai.model;
