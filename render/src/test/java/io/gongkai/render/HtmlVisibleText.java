package io.gongkai.render;

import io.gongkai.ingest.text.Texts;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * The visible text of an XHTML page as a reader would see it on screen: one line per block (heading, paragraph,
 * list item, caption), table rows as tab-separated cells with a merged cell's text in its first cell and empty
 * cells in the rest of its span (as the Word reader gives merged cells); scripts and styles are not visible.
 * Gongkai has no HTML reader; this lets tests read a rendered page with the text reader.
 */
public final class HtmlVisibleText {

    private static final Set<String> BLOCKS = Set.of("p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "li",
            "caption", "section", "header", "footer", "title", "tr", "table", "body", "ul", "ol", "figure",
            "figcaption");
    private static final Set<String> INVISIBLE = Set.of("script", "style", "head", "svg", "canvas");

    private static final Pattern SCRIPT = Pattern.compile("<script\\b[^>]*>.*?</script>", Pattern.DOTALL);

    private final List<String> lines = new ArrayList<>();
    private final StringBuilder line = new StringBuilder();

    private HtmlVisibleText() {
    }

    /** The lines of an XHTML page's visible text. */
    public static List<String> of(byte[] xhtml) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        // Scripts are invisible, and the standalone page inlines ECharts as HTML (not XML) script text.
        String page = SCRIPT.matcher(new String(xhtml, StandardCharsets.UTF_8)).replaceAll("");
        Document document = factory.newDocumentBuilder().parse(
                new ByteArrayInputStream(page.getBytes(StandardCharsets.UTF_8)));
        HtmlVisibleText text = new HtmlVisibleText();
        text.walk(document.getDocumentElement());
        text.flush();
        return text.lines;
    }

    private void walk(Node node) {
        if (node.getNodeType() == Node.TEXT_NODE) {
            line.append(node.getTextContent().replace('\n', ' ').replace('\t', ' '));
            return;
        }
        if (node.getNodeType() != Node.ELEMENT_NODE) {
            return;
        }
        String name = node.getNodeName().toLowerCase();
        if (INVISIBLE.contains(name)) {
            return;
        }
        if (name.equals("table")) {
            flush();
            table((Element) node);
            return;
        }
        if (name.equals("br")) {
            flush();
            return;
        }
        boolean block = BLOCKS.contains(name);
        if (block) {
            flush();
        }
        for (Node child = node.getFirstChild(); child != null; child = child.getNextSibling()) {
            walk(child);
        }
        if (block) {
            flush();
        }
    }

    /** Rows with every cell in its grid position: spans leave empty cells to the right and below. */
    private void table(Element table) {
        Map<Integer, Integer> coveredUntilRow = new HashMap<>();
        List<Element> rows = new ArrayList<>();
        collect(table, "tr", rows);
        for (int r = 0; r < rows.size(); r++) {
            List<String> cells = new ArrayList<>();
            int column = 0;
            for (Node child = rows.get(r).getFirstChild(); child != null; child = child.getNextSibling()) {
                if (!(child instanceof Element cell) || !Set.of("td", "th").contains(cell.getNodeName())) {
                    continue;
                }
                while (coveredUntilRow.getOrDefault(column, -1) >= r) {
                    cells.add("");
                    column++;
                }
                int colspan = span(cell, "colspan");
                int rowspan = span(cell, "rowspan");
                cells.add(Texts.cellText(cell.getTextContent()));
                for (int c = 0; c < colspan; c++) {
                    if (c > 0) {
                        cells.add("");
                    }
                    if (rowspan > 1) {
                        coveredUntilRow.put(column + c, r + rowspan - 1);
                    }
                }
                column += colspan;
            }
            lines.add(String.join("\t", cells));
        }
    }

    private static void collect(Element element, String name, List<Element> into) {
        for (Node child = element.getFirstChild(); child != null; child = child.getNextSibling()) {
            if (child instanceof Element e) {
                if (e.getNodeName().equals(name)) {
                    into.add(e);
                } else if (!e.getNodeName().equals("table")) {
                    collect(e, name, into);
                }
            }
        }
    }

    private static int span(Element cell, String attribute) {
        String value = cell.getAttribute(attribute);
        return value.isEmpty() ? 1 : Integer.parseInt(value);
    }

    private void flush() {
        String text = line.toString().strip();
        if (!text.isEmpty()) {
            lines.add(text);
        }
        line.setLength(0);
    }
}
