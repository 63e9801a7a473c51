package io.gongkai.model;

/**
 * Where on a page a value was printed: a rectangle in PDF points (1/72 inch) measured from the page's top-left
 * corner, x to the right and y downwards, as a reader of the page sees it.
 *
 * @param left distance of the left edge from the page's left edge
 * @param top distance of the top edge from the page's top edge
 * @param width width, never negative
 * @param height height, never negative
 */
public record PageBox(double left, double top, double width, double height) {

    public PageBox {
        width = Math.max(0, width);
        height = Math.max(0, height);
    }

    /** The smallest box holding both. */
    public PageBox union(PageBox other) {
        if (other == null) {
            return this;
        }
        double l = Math.min(left, other.left);
        double t = Math.min(top, other.top);
        double r = Math.max(left + width, other.left + other.width);
        double b = Math.max(top + height, other.top + other.height);
        return new PageBox(l, t, r - l, b - t);
    }

    @Override
    public String toString() {
        return String.format(java.util.Locale.ROOT, "[%.1f,%.1f %.1f×%.1f]", left, top, width, height);
    }
}
