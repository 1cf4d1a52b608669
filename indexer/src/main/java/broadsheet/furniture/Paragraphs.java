package broadsheet.furniture;

import java.util.ArrayList;
import java.util.List;

/**
 * An article's body cut into the paragraphs that may be page furniture: its lines (extraction keeps one paragraph
 * a line) of at least {@value #MIN_WORDS} words, each fingerprinted. The fingerprint is a 64-bit FNV-1a hash of the
 * text lower-cased, with punctuation and spacing reduced to one space between words and every run of digits to one
 * "0": "Copyright 2019 The Washington Times, LLC." and "Copyright 2020 The Washington Times, LLC" are one paragraph,
 * as are "Updated at 9:41 a.m. ET" and "Updated at 12:03 p.m. ET".
 */
public final class Paragraphs {

    /**
     * Two words already make furniture worth setting aside ("USA TODAY", "Read more", "Story continued below");
     * a one-word line is a heading or a stray token, and repeats for reasons that say nothing.
     */
    public static final int MIN_WORDS = 2;

    private static final long FNV_OFFSET = 0xcbf29ce484222325L;
    private static final long FNV_PRIME = 0x100000001b3L;

    private Paragraphs() {}

    public static List<Paragraph> of(String body) {
        List<Paragraph> paragraphs = new ArrayList<>();
        int length = body.length();
        int start = 0;
        while (start < length) {
            int end = start;
            while (end < length && !isLineEnd(body.charAt(end))) {
                end++;
            }
            fingerprinted(body, start, end, paragraphs);
            start = end + 1;
        }
        return paragraphs;
    }

    private static boolean isLineEnd(char c) {
        return c == '\n' || c == '\r';
    }

    /** Adds the line [from, to) with its fingerprint, trimmed to its first and last letter or digit, if long enough. */
    private static void fingerprinted(String body, int from, int to, List<Paragraph> paragraphs) {
        long hash = FNV_OFFSET;
        int words = 0;
        int first = -1;
        int last = -1;
        boolean inWord = false;
        boolean inDigits = false;
        for (int i = from; i < to; i++) {
            char c = body.charAt(i);
            if (!Character.isLetterOrDigit(c)) {
                inWord = false;
                inDigits = false;
                continue;
            }
            if (!inWord) {
                if (words > 0) {
                    hash = (hash ^ ' ') * FNV_PRIME;
                }
                words++;
                inWord = true;
                first = first < 0 ? i : first;
            }
            last = i;
            if (Character.isDigit(c)) {
                if (!inDigits) {
                    hash = (hash ^ '0') * FNV_PRIME;
                }
                inDigits = true;
            } else {
                inDigits = false;
                hash = (hash ^ Character.toLowerCase(c)) * FNV_PRIME;
            }
        }
        if (words >= MIN_WORDS) {
            paragraphs.add(new Paragraph(first, last + 1, hash));
        }
    }
}
