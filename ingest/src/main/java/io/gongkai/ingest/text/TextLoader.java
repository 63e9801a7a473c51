package io.gongkai.ingest.text;

import io.gongkai.catalog.text.CharacterNormalizer;
import io.gongkai.ingest.UnreadableInputException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Stage 1 of text ingest: bytes → repaired, non-blank lines without page furniture. Decodes UTF-8 (with or
 * without BOM), then GB18030, and refuses binary data with a clear message.
 */
public final class TextLoader {

    private static final Charset GB18030 = Charset.forName("GB18030");

    private TextLoader() {
    }

    /** Decodes and repairs a text document. */
    public static List<SourceLine> load(String fileName, byte[] bytes) throws UnreadableInputException {
        if (bytes.length == 0) {
            throw new UnreadableInputException("文件为空：" + fileName, "the file is empty: " + fileName);
        }
        if (looksBinary(bytes)) {
            throw new UnreadableInputException("不是文本文件（可能是二进制或未支持的格式）：" + fileName,
                    "not a text file (binary or unsupported format): " + fileName);
        }
        String text = decode(fileName, bytes);
        return lines(fileName, text);
    }

    /** Splits decoded text into repaired lines. Blank lines and furniture are dropped. */
    public static List<SourceLine> lines(String fileName, String text) {
        List<String> rawLines = splitLines(text);
        List<SourceLine> raw = new ArrayList<>(rawLines.size());
        for (int i = 0; i < rawLines.size(); i++) {
            raw.add(new SourceLine(fileName, 0, i + 1, rawLines.get(i), rawLines.get(i)));
        }
        return repair(raw);
    }

    /** The text cut at CR LF, CR or LF, keeping empty lines (also a trailing one), in one scan. */
    static List<String> splitLines(String text) {
        List<String> out = new ArrayList<>();
        int start = 0;
        int n = text.length();
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\r') {
                out.add(text.substring(start, i));
                if (c == '\r' && i + 1 < n && text.charAt(i + 1) == '\n') {
                    i++;
                }
                start = i + 1;
            }
        }
        out.add(text.substring(start));
        return out;
    }

    /**
     * Repairs lines that another source (a PDF page, a worksheet, a Word document) produced with their provenance:
     * characters normalised, bold doubling undone, blank lines and page furniture dropped. Each line's text is taken
     * as it came; provenance (page, box, OCR mark) is kept.
     */
    public static List<SourceLine> repair(List<SourceLine> rawLines) {
        List<SourceLine> kept = new ArrayList<>();
        Map<String, Integer> repeats = new HashMap<>();
        BitSet mayRepeat = new BitSet(); // the kept lines that may be running headers: only they are counted
        for (SourceLine line : rawLines) {
            String repaired = BoldDoublingRepair.repair(CharacterNormalizer.normalize(line.text())).stripTrailing();
            String compact = Texts.compact(repaired);
            if (compact.isEmpty() || PageFurnitureFilter.isFurniture(compact)) {
                continue;
            }
            if (PageFurnitureFilter.couldBeRunningHeader(compact)) {
                repeats.merge(compact, 1, Integer::sum);
                mayRepeat.set(kept.size());
            }
            kept.add(line.withText(repaired, compact));
        }
        if (repeats.values().stream().noneMatch(n -> n >= PageFurnitureFilter.RUNNING_HEADER_REPEATS)) {
            return kept;
        }
        List<SourceLine> out = new ArrayList<>(kept.size());
        for (int i = 0; i < kept.size(); i++) {
            SourceLine line = kept.get(i);
            if (!mayRepeat.get(i)
                    || repeats.get(line.compact()) < PageFurnitureFilter.RUNNING_HEADER_REPEATS) {
                out.add(line);
            }
        }
        return out;
    }

    /** What the lenient UTF-8 decoding puts for each malformed sequence. */
    private static final char REPLACEMENT = '\uFFFD';

    /**
     * UTF-8 (after a BOM) or else GB18030, strictly: malformed input is refused, never replaced. The common case,
     * well-formed UTF-8, is decoded by the String constructor, which replaces each malformed sequence with U+FFFD
     * and decodes well-formed input as the strict decoder does; so a result without U+FFFD is the strict result,
     * and only text with a U+FFFD (malformed, or printed in the document) goes to the strict decoder
     * (TextLoaderTest compares both on many byte strings).
     */
    static String decode(String fileName, byte[] bytes) throws UnreadableInputException {
        int offset = bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB
                && (bytes[2] & 0xFF) == 0xBF ? 3 : 0;
        String lenient = new String(bytes, offset, bytes.length - offset, StandardCharsets.UTF_8);
        if (lenient.indexOf(REPLACEMENT) < 0) {
            return lenient; // well-formed UTF-8: what the strict decoder below returns
        }
        ByteBuffer buffer = ByteBuffer.wrap(bytes, offset, bytes.length - offset);
        try {
            return strict(StandardCharsets.UTF_8).decode(buffer).toString();
        } catch (CharacterCodingException notUtf8) {
            try {
                return strict(GB18030).decode(ByteBuffer.wrap(bytes)).toString();
            } catch (CharacterCodingException notGb) {
                throw new UnreadableInputException("无法识别文件的字符编码（应为 UTF-8 或 GB18030）：" + fileName,
                        "cannot decode the file as UTF-8 or GB18030: " + fileName, notGb);
            }
        }
    }

    private static java.nio.charset.CharsetDecoder strict(Charset charset) {
        return charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
    }

    private static boolean looksBinary(byte[] bytes) {
        int sample = Math.min(bytes.length, 8192);
        int control = 0;
        for (int i = 0; i < sample; i++) {
            int b = bytes[i] & 0xFF;
            if (b == 0) {
                return true;
            }
            if (b < 0x09 || (b > 0x0D && b < 0x20 && b != 0x1B)) {
                control++;
            }
        }
        return control * 20 > sample;
    }
}
