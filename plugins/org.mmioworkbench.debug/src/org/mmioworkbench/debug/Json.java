package org.mmioworkbench.debug;

/**
 * A tiny JSON writer: builds one object on a line, with strings escaped as RFC 8259 requires (quote,
 * backslash and every control character; unpaired surrogates as {@code \}{@code uXXXX} escapes, so the
 * output is always valid UTF-8).
 */
public final class Json {
    private final StringBuilder b = new StringBuilder(256);
    private boolean first = true;

    /** Starts an object. */
    public Json() {
        b.append('{');
    }

    private Json key(String name) {
        if (!first) {
            b.append(',');
        }
        first = false;
        string(b, name);
        b.append(':');
        return this;
    }

    /**
     * Adds a string member, or {@code null}.
     *
     * @param name the member name
     * @param value the value, may be null
     * @return this writer
     */
    public Json put(String name, String value) {
        key(name);
        if (value == null) {
            b.append("null");
        } else {
            string(b, value);
        }
        return this;
    }

    /**
     * Adds a number member.
     *
     * @param name the member name
     * @param value the value
     * @return this writer
     */
    public Json put(String name, long value) {
        key(name).b.append(value);
        return this;
    }

    /**
     * Adds a number member, or {@code null}.
     *
     * @param name the member name
     * @param value the value, may be null
     * @return this writer
     */
    public Json putNumber(String name, Long value) {
        key(name).b.append(value == null ? "null" : value.toString());
        return this;
    }

    /**
     * Adds a member whose value is already JSON text (an array or object).
     *
     * @param name the member name
     * @param json the value's JSON text
     * @return this writer
     */
    public Json putRaw(String name, String json) {
        key(name).b.append(json);
        return this;
    }

    /**
     * Ends the object.
     *
     * @return its JSON text
     */
    public String end() {
        return b.append('}').toString();
    }

    /**
     * Appends a string as a JSON string literal.
     *
     * @param out where to append
     * @param s the string
     */
    static void string(StringBuilder out, String s) {
        out.append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                case '\b' -> out.append("\\b");
                case '\f' -> out.append("\\f");
                default -> {
                    if (c < 0x20 || c == 0x7F || c == '\u2028' || c == '\u2029') {
                        unicode(out, c);
                    } else if (Character.isHighSurrogate(c)) {
                        if (i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
                            out.append(c).append(s.charAt(++i));
                        } else {
                            unicode(out, c);
                        }
                    } else if (Character.isLowSurrogate(c)) {
                        unicode(out, c);
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        out.append('"');
    }

    private static void unicode(StringBuilder out, char c) {
        out.append("\\u");
        String hex = Integer.toHexString(c);
        out.append("0".repeat(4 - hex.length())).append(hex);
    }
}
