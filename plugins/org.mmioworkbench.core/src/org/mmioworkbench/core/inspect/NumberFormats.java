package org.mmioworkbench.core.inspect;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * The number formats a user chose for rows of one board's register tree: a device, cluster, register or field may
 * have its own {@link Radix}; a row without one takes its parent's, and the top rows take the front end's default
 * (the Register Editor's toolbar). So {@code UART0 = bin} shows every register and field of UART0 in binary except
 * those given a format of their own.
 * <p>
 * Rows are named by {@link RegisterNode#key()}, which names the same row in every session of the board, so the
 * choices can be kept per board ({@link #encode()}, {@link #decode(String)}) and apply to the next session. A key
 * of a row the board no longer has is kept (it does no harm, and the row may come back with the description).
 */
public final class NumberFormats {
    private final Map<String, Radix> own = new TreeMap<>();

    /**
     * Returns the format a row shows its values in.
     *
     * @param node a row
     * @param base the format of rows for which neither they nor their ancestors have one
     * @return the row's own format, else its nearest ancestor's, else {@code base}
     */
    public Radix of(RegisterNode node, Radix base) {
        for (RegisterNode n = node; n != null; n = n.parent()) {
            Radix r = own.get(n.key());
            if (r != null) {
                return r;
            }
        }
        return base;
    }

    /**
     * Returns the format a row inherits: what "Default" gives it.
     *
     * @param node a row
     * @param base the format of the top rows
     * @return its parent's format, or {@code base} for a device
     */
    public Radix inherited(RegisterNode node, Radix base) {
        return node.parent() == null ? base : of(node.parent(), base);
    }

    /**
     * Returns the format chosen for a row itself.
     *
     * @param node a row
     * @return its own format, empty if it inherits
     */
    public Optional<Radix> own(RegisterNode node) {
        return own(node.key());
    }

    /**
     * Returns the format chosen for a row itself.
     *
     * @param key the row's {@link RegisterNode#key()}
     * @return its own format, empty if it inherits
     */
    public Optional<Radix> own(String key) {
        return Optional.ofNullable(own.get(key));
    }

    /**
     * Gives a row a format of its own, or lets it inherit again.
     *
     * @param key the row's {@link RegisterNode#key()}
     * @param radix the format, or null for "Default" (its parent's)
     * @return the format it had of its own before, empty if it inherited
     */
    public Optional<Radix> set(String key, Radix radix) {
        return Optional.ofNullable(radix == null ? own.remove(key) : own.put(key, radix));
    }

    /** @return the formats some row has chosen, to size a column for the widest */
    public Set<Radix> used() {
        return own.isEmpty() ? Set.of() : Collections.unmodifiableSet(EnumSet.copyOf(own.values()));
    }

    /** @return the rows' keys with their own format, sorted by key */
    public Map<String, Radix> chosen() {
        return Collections.unmodifiableMap(own);
    }

    /**
     * Writes the choices as text, one {@code KEY=FORMAT} a line ({@code UART0/UARTCR=bin}), sorted by key.
     *
     * @return the text; empty without choices
     */
    public String encode() {
        StringBuilder b = new StringBuilder();
        own.forEach((k, r) -> b.append(k).append('=').append(r.key()).append('\n'));
        return b.toString();
    }

    /**
     * Reads what {@link #encode()} wrote. Lines that are not {@code KEY=FORMAT} with a known format are skipped:
     * the text is the workbench's own preference, and a format from a later version must not lose the others.
     *
     * @param text the text, may be null or empty
     * @return the choices
     */
    public static NumberFormats decode(String text) {
        NumberFormats formats = new NumberFormats();
        if (text == null) {
            return formats;
        }
        for (String line : text.split("\n")) {
            int eq = line.lastIndexOf('=');
            if (eq <= 0) {
                continue;
            }
            String key = line.substring(eq + 1).trim();
            for (Radix r : Radix.values()) {
                if (r.key().equals(key)) {
                    formats.own.put(line.substring(0, eq), r);
                }
            }
        }
        return formats;
    }
}
