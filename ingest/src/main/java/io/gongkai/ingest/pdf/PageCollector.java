package io.gongkai.ingest.pdf;

import java.awt.geom.Point2D;
import java.io.IOException;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.contentstream.PDFStreamEngine;
import org.apache.pdfbox.contentstream.operator.Operator;
import org.apache.pdfbox.contentstream.operator.OperatorProcessor;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSNumber;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.apache.pdfbox.util.Matrix;

/**
 * One pass over each page's content stream collecting the positioned glyphs ({@link TextPosition}, without
 * PDFBox's own sorting, line building or duplicate suppression, which {@link PageLines} does from geometry) and
 * the straight lines that the page strokes or fills (table borders), both in top-left page coordinates.
 * Not thread-safe: one instance per document.
 */
final class PageCollector extends PDFTextStripper {

    /** A filled rectangle thinner than this is a drawn line, not a shaded area. */
    private static final double THIN = 2.0;
    /** Text rotated further than 3° from the page's axes (tan 3°) is a watermark. */
    private static final double SKEW_TANGENT = 0.0524;

    private final List<PageContent> pages = new ArrayList<>();
    private List<Glyph> glyphs;
    private List<Ruling> rulings;
    private final List<double[]> pathSegments = new ArrayList<>();
    private final List<double[]> pathRectangles = new ArrayList<>();
    private double[] current;
    private double[] subpathStart;
    private int pageNumber;
    private PDRectangle crop;
    private boolean hasImages;
    /** Glyphs by text direction (0°, 90°, 180°, 270°) on the current page. */
    private final int[] directions = new int[4];

    PageCollector() {
        setSortByPosition(false);
        addOperator(new PathOperator(this, "re"));
        addOperator(new PathOperator(this, "m"));
        addOperator(new PathOperator(this, "l"));
        addOperator(new PathOperator(this, "c"));
        addOperator(new PathOperator(this, "v"));
        addOperator(new PathOperator(this, "y"));
        addOperator(new PathOperator(this, "h"));
        for (String paint : List.of("S", "s", "f", "F", "f*", "B", "B*", "b", "b*")) {
            addOperator(new PaintOperator(this, paint, !paint.startsWith("f") && !paint.equals("F")));
        }
        addOperator(new PaintOperator(this, "n", false));
    }

    /** Reads every page of the document. */
    List<PageContent> collect(PDDocument document) throws IOException {
        pages.clear();
        pageNumber = 0;
        setStartPage(1);
        setEndPage(Integer.MAX_VALUE);
        writeText(document, new StringWriter());
        return List.copyOf(pages);
    }

    @Override
    protected void startPage(PDPage page) throws IOException {
        pageNumber++;
        glyphs = new ArrayList<>();
        rulings = new ArrayList<>();
        pathSegments.clear();
        pathRectangles.clear();
        current = null;
        crop = page.getCropBox();
        java.util.Arrays.fill(directions, 0);
        hasImages = hasImages(page.getResources());
    }

    /**
     * Glyph positions are in the frame of their text direction ({@link TextPosition#getXDirAdj()}: the text reads
     * left to right from the top left), which for a page turned by {@code /Rotate} or for landscape content drawn
     * turned on an upright page is not the page's own frame, where the rulings were collected. The rulings are
     * turned into the frame of the page's prevailing text direction, so that they meet the glyphs they enclose.
     */
    @Override
    protected void endPage(PDPage page) throws IOException {
        int direction = 0;
        for (int d = 1; d < directions.length; d++) {
            if (directions[d] > directions[direction]) {
                direction = d;
            }
        }
        boolean quarterTurn = direction % 2 != 0;
        double width = quarterTurn ? crop.getHeight() : crop.getWidth();
        double height = quarterTurn ? crop.getWidth() : crop.getHeight();
        List<Ruling> turned = new ArrayList<>(rulings.size());
        for (Ruling r : rulings) {
            turned.add(turn(r, direction * 90, crop.getWidth(), crop.getHeight()));
        }
        pages.add(new PageContent(pageNumber, width, height, List.copyOf(glyphs), turned, hasImages, false));
    }

    /**
     * A ruling in top-left page coordinates (page {@code w} × {@code h}) seen in the frame of text turned by
     * {@code degrees} counter-clockwise, the frame {@link TextPosition#getXDirAdj()} and
     * {@link TextPosition#getYDirAdj()} use.
     */
    static Ruling turn(Ruling r, int degrees, double w, double h) {
        double[] a = r.horizontal() ? new double[] {r.from(), r.at()} : new double[] {r.at(), r.from()};
        double[] b = r.horizontal() ? new double[] {r.to(), r.at()} : new double[] {r.at(), r.to()};
        double[] ta = turn(a, degrees, w, h);
        double[] tb = turn(b, degrees, w, h);
        boolean horizontal = Math.abs(ta[1] - tb[1]) < Math.abs(ta[0] - tb[0]);
        return horizontal ? new Ruling(true, ta[1], ta[0], tb[0]) : new Ruling(false, ta[0], ta[1], tb[1]);
    }

    private static double[] turn(double[] p, int degrees, double w, double h) {
        return switch (degrees) {
            case 90 -> new double[] {h - p[1], p[0]};
            case 180 -> new double[] {w - p[0], h - p[1]};
            case 270 -> new double[] {p[1], w - p[0]};
            default -> p;
        };
    }

    @Override
    protected void processTextPosition(TextPosition text) {
        String unicode = text.getUnicode();
        if (unicode == null || unicode.isEmpty()) {
            return;
        }
        Matrix m = text.getTextMatrix();
        double a = Math.abs(m.getScaleX());
        double b = Math.abs(m.getShearY());
        if (Math.min(a, b) > SKEW_TANGENT * Math.max(a, b)) {
            return;
        }
        double size = text.getFontSizeInPt();
        if (!(size > 0)) {
            size = text.getHeightDir();
        }
        double space = text.getWidthOfSpace();
        int direction = Math.round(text.getDir() / 90f) & 3;
        directions[direction]++;
        glyphs.add(new Glyph(unicode, text.getXDirAdj(), text.getYDirAdj(), text.getWidthDirAdj(), size,
                Double.isFinite(space) && space > 0 ? space : 0));
    }

    private static boolean hasImages(PDResources resources) {
        if (resources == null) {
            return false;
        }
        try {
            for (COSName name : resources.getXObjectNames()) {
                if (resources.isImageXObject(name)) {
                    return true;
                }
            }
        } catch (RuntimeException ignored) {
            // a broken resource dictionary: the page simply has no usable images
        }
        return false;
    }

    private double[] toPage(double x, double y) {
        Point2D.Float p = getGraphicsState().getCurrentTransformationMatrix().transformPoint((float) x, (float) y);
        return new double[] {p.x - crop.getLowerLeftX(), crop.getUpperRightY() - p.y};
    }

    private void pathOperator(String name, List<COSBase> operands) {
        double[] n = numbers(operands);
        switch (name) {
            case "re" -> {
                if (n.length < 4) {
                    return;
                }
                double[] a = toPage(n[0], n[1]);
                double[] b = toPage(n[0] + n[2], n[1] + n[3]);
                pathRectangles.add(new double[] {a[0], a[1], b[0], b[1]});
                current = toPage(n[0], n[1]);
                subpathStart = current;
            }
            case "m" -> {
                if (n.length < 2) {
                    return;
                }
                current = toPage(n[0], n[1]);
                subpathStart = current;
            }
            case "l" -> {
                if (n.length < 2) {
                    return;
                }
                double[] to = toPage(n[0], n[1]);
                if (current != null) {
                    pathSegments.add(new double[] {current[0], current[1], to[0], to[1]});
                }
                current = to;
            }
            case "c", "v", "y" -> {
                if (n.length >= 2) {
                    current = toPage(n[n.length - 2], n[n.length - 1]);
                }
            }
            case "h" -> {
                if (current != null && subpathStart != null) {
                    pathSegments.add(new double[] {current[0], current[1], subpathStart[0], subpathStart[1]});
                    current = subpathStart;
                }
            }
            default -> {
            }
        }
    }

    private void paint(boolean stroked, boolean keep) {
        if (keep && rulings != null) {
            for (double[] s : pathSegments) {
                addLine(s[0], s[1], s[2], s[3]);
            }
            for (double[] r : pathRectangles) {
                double w = Math.abs(r[2] - r[0]);
                double h = Math.abs(r[3] - r[1]);
                if (h <= THIN && w > THIN) {
                    addLine(r[0], (r[1] + r[3]) / 2, r[2], (r[1] + r[3]) / 2);
                } else if (w <= THIN && h > THIN) {
                    addLine((r[0] + r[2]) / 2, r[1], (r[0] + r[2]) / 2, r[3]);
                } else if (stroked) {
                    addLine(r[0], r[1], r[2], r[1]);
                    addLine(r[0], r[3], r[2], r[3]);
                    addLine(r[0], r[1], r[0], r[3]);
                    addLine(r[2], r[1], r[2], r[3]);
                }
            }
        }
        pathSegments.clear();
        pathRectangles.clear();
        current = null;
    }

    private void addLine(double x1, double y1, double x2, double y2) {
        if (Math.abs(y1 - y2) < 0.5 && Math.abs(x1 - x2) > THIN) {
            rulings.add(new Ruling(true, (y1 + y2) / 2, x1, x2));
        } else if (Math.abs(x1 - x2) < 0.5 && Math.abs(y1 - y2) > THIN) {
            rulings.add(new Ruling(false, (x1 + x2) / 2, y1, y2));
        }
    }

    private static double[] numbers(List<COSBase> operands) {
        double[] out = new double[operands.size()];
        int n = 0;
        for (COSBase b : operands) {
            if (b instanceof COSNumber number) {
                out[n++] = number.floatValue();
            }
        }
        return n == out.length ? out : java.util.Arrays.copyOf(out, n);
    }

    /** Path construction: remembers segments and rectangles until the path is painted. */
    private static final class PathOperator extends OperatorProcessor {
        private final String name;

        PathOperator(PDFStreamEngine context, String name) {
            super(context);
            this.name = name;
        }

        @Override
        public void process(Operator operator, List<COSBase> operands) {
            ((PageCollector) getContext()).pathOperator(name, operands);
        }

        @Override
        public String getName() {
            return name;
        }
    }

    /** Path painting: a stroked or filled path becomes rulings; {@code n} (clip only) discards it. */
    private static final class PaintOperator extends OperatorProcessor {
        private final String name;
        private final boolean stroked;

        PaintOperator(PDFStreamEngine context, String name, boolean stroked) {
            super(context);
            this.name = name;
            this.stroked = stroked;
        }

        @Override
        public void process(Operator operator, List<COSBase> operands) {
            ((PageCollector) getContext()).paint(stroked, !"n".equals(name));
        }

        @Override
        public String getName() {
            return name;
        }
    }
}
