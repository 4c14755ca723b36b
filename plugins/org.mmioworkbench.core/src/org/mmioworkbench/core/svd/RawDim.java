package org.mmioworkbench.core.svd;

import java.util.ArrayList;
import java.util.List;

/**
 * The {@code dimElementGroup} of an array element: how many elements, how far apart, and the text
 * each one puts in place of {@code %s}.
 *
 * @param count the number of elements ({@code dim})
 * @param increment the distance between elements ({@code dimIncrement}): address units, or bits for fields
 * @param indices the {@code %s} replacement of each element ({@code dimIndex}, or 0 to count-1)
 */
record RawDim(int count, long increment, List<String> indices) {

    /** The largest {@code dim} accepted: beyond it a file is more likely broken than real. */
    static final int MAX_COUNT = 65536;

    /**
     * Expands a {@code dimIndex}: {@code 0-7}, {@code A-C}, or a comma list {@code A,B,C} whose entries are
     * letters, digits and {@code _} (they become part of names).
     *
     * @param text the element's text
     * @return the indices in order
     * @throws IllegalArgumentException with a reason if the text is none of these forms
     */
    static List<String> parseIndex(String text) {
        String s = text.trim();
        int dash = s.indexOf('-');
        if (dash > 0 && s.indexOf(',') < 0) {
            String from = s.substring(0, dash).trim();
            String to = s.substring(dash + 1).trim();
            if (isDigits(from) && isDigits(to)) {
                return numberRange(from, to);
            }
            if (from.length() == 1 && to.length() == 1 && isAsciiLetter(from.charAt(0))
                    && isAsciiLetter(to.charAt(0))) {
                return letterRange(from.charAt(0), to.charAt(0));
            }
            throw new IllegalArgumentException("a range must be like 0-7 or A-C");
        }
        List<String> list = new ArrayList<>();
        for (String part : s.split(",", -1)) {
            String index = part.trim();
            if (index.isEmpty()) {
                throw new IllegalArgumentException("empty entry in the list");
            }
            if (!SvdNames.isIndexEntry(index)) {
                throw new IllegalArgumentException("an entry is letters, digits and '_'");
            }
            list.add(index);
        }
        return List.copyOf(list);
    }

    /**
     * Returns the default indices.
     *
     * @param count the number of elements
     * @return {@code 0} to {@code count-1}
     */
    static List<String> defaultIndices(int count) {
        List<String> list = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            list.add(Integer.toString(i));
        }
        return List.copyOf(list);
    }

    private static List<String> numberRange(String from, String to) {
        if (from.length() > 9 || to.length() > 9) {
            throw new IllegalArgumentException("range too large");
        }
        int first = Integer.parseInt(from);
        int last = Integer.parseInt(to);
        if (last < first) {
            throw new IllegalArgumentException("range ends before it starts");
        }
        if (last - first >= MAX_COUNT) {
            throw new IllegalArgumentException("range too large");
        }
        List<String> list = new ArrayList<>(last - first + 1);
        for (int i = first; i <= last; i++) {
            list.add(Integer.toString(i));
        }
        return List.copyOf(list);
    }

    private static List<String> letterRange(char first, char last) {
        if (last < first || Character.isUpperCase(first) != Character.isUpperCase(last)) {
            throw new IllegalArgumentException("range ends before it starts");
        }
        List<String> list = new ArrayList<>();
        for (char c = first; c <= last; c++) {
            list.add(String.valueOf(c));
        }
        return List.copyOf(list);
    }

    private static boolean isAsciiLetter(char c) {
        return c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z';
    }

    private static boolean isDigits(String s) {
        if (s.isEmpty()) {
            return false;
        }
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) < '0' || s.charAt(i) > '9') {
                return false;
            }
        }
        return true;
    }
}
