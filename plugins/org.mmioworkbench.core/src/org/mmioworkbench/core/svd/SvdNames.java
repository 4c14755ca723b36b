package org.mmioworkbench.core.svd;

/**
 * The name forms of the CMSIS-SVD schema ({@code CMSIS-SVD.xsd}), checked by hand in linear time rather
 * than with the schema's regular expressions (which backtrack on long names):
 * <ul>
 * <li>{@code identifierType}, {@code [_A-Za-z0-9]*}: the device, {@code enumeratedValues} and
 *     {@code enumeratedValue} names;</li>
 * <li>{@code dimableIdentifierType}: peripheral, cluster, register and field names, an identifier that
 *     may hold one {@code %s} (not first, unless the name is {@code %s} or {@code %s} followed by an
 *     identifier) or end in {@code [%s]}:
 *     {@code ((%s)|(%s)[_A-Za-z]{1}[_A-Za-z0-9]*)|([_A-Za-z]{1}[_A-Za-z0-9]*(\[%s\])?)|([_A-Za-z]{1}[_A-Za-z0-9]*(%s)?[_A-Za-z0-9]*)};</li>
 * <li>an entry of a {@code dimIndex} list, {@code [_0-9a-zA-Z]+}.</li>
 * </ul>
 * So a name never holds white space, a line break or a terminal escape sequence.
 */
final class SvdNames {

    private SvdNames() {
    }

    /**
     * Tells whether a text is an {@code identifierType}.
     *
     * @param name the text
     * @return true if every character is a letter, a digit or {@code _} (ASCII)
     */
    static boolean isIdentifier(String name) {
        return wordChars(name, 0, name.length());
    }

    /**
     * Tells whether a text is a non-empty {@code dimIndex} entry.
     *
     * @param entry the text
     * @return true if it is one or more ASCII letters, digits or {@code _}
     */
    static boolean isIndexEntry(String entry) {
        return !entry.isEmpty() && isIdentifier(entry);
    }

    /**
     * Tells whether a text is a {@code dimableIdentifierType}.
     *
     * @param name the text
     * @return true if it has one of the schema's forms
     */
    static boolean isDimableIdentifier(String name) {
        int n = name.length();
        if (name.startsWith("%s")) {
            return n == 2 || isLetter(name.charAt(2)) && wordChars(name, 3, n);
        }
        if (n == 0 || !isLetter(name.charAt(0))) {
            return false;
        }
        if (name.endsWith("[%s]")) {
            return wordChars(name, 1, n - 4);
        }
        int placeholder = name.indexOf("%s");
        if (placeholder < 0) {
            return wordChars(name, 1, n);
        }
        return wordChars(name, 1, placeholder) && wordChars(name, placeholder + 2, n);
    }

    /** Describes the form a kind of name must have, for messages. */
    static String expected(boolean dimable) {
        return dimable
                ? "a name is letters, digits and '_', not starting with a digit, with at most one %s, or [%s] at its end"
                : "a name is letters, digits and '_'";
    }

    private static boolean wordChars(String s, int from, int to) {
        for (int i = from; i < to; i++) {
            char ch = s.charAt(i);
            if (!isLetter(ch) && !(ch >= '0' && ch <= '9')) {
                return false;
            }
        }
        return true;
    }

    private static boolean isLetter(char ch) {
        return ch >= 'A' && ch <= 'Z' || ch >= 'a' && ch <= 'z' || ch == '_';
    }
}
