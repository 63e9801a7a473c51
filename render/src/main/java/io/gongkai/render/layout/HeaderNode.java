package io.gongkai.render.layout;

import java.util.ArrayList;
import java.util.List;

/**
 * One header cell of a table: a leaf names one grid column, a group spans its children (a merged cell).
 *
 * @param label the printed header text
 * @param column the grid column a leaf stands for, null for a group
 * @param children the columns under a group, empty for a leaf
 */
public record HeaderNode(String label, GridColumn column, List<HeaderNode> children) {

    public HeaderNode {
        children = List.copyOf(children);
    }

    static HeaderNode leaf(String label, GridColumn column) {
        return new HeaderNode(label, column, List.of());
    }

    static HeaderNode group(String label, List<HeaderNode> children) {
        return new HeaderNode(label, null, children);
    }

    public boolean isLeaf() {
        return children.isEmpty();
    }

    /** The number of grid columns this cell spans. */
    public int width() {
        return isLeaf() ? 1 : children.stream().mapToInt(HeaderNode::width).sum();
    }

    /** The number of header rows under and including this cell. */
    public int depth() {
        return 1 + children.stream().mapToInt(HeaderNode::depth).max().orElse(0);
    }

    /** The leaves under this cell, left to right. */
    public List<GridColumn> leaves() {
        List<GridColumn> out = new ArrayList<>();
        collect(this, out);
        return out;
    }

    private static void collect(HeaderNode node, List<GridColumn> out) {
        if (node.isLeaf()) {
            out.add(node.column());
        }
        node.children().forEach(child -> collect(child, out));
    }
}
