/**
 * Interval arithmetic for rounded, published figures: sums, equalities, shares and rates judged without epsilons.
 */
package io.gongkai.rules.tolerance;
