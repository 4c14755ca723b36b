package org.mmioworkbench.core.inspect;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.mmioworkbench.core.DeviceWindow;
import org.mmioworkbench.core.Simulator;
import org.mmioworkbench.core.devices.Register;
import org.mmioworkbench.core.svd.SvdEnumeratedValue;
import org.mmioworkbench.core.svd.SvdEnumeration;

/**
 * The rows of the Register Editor for one session, seen through a filter: the board's devices, and
 * below them what the filter leaves. Unfiltered, a row's children are all of its children (created when
 * first asked for); filtered, only those that match or lead to a match. The nodes are shared by every
 * filter of the same session, so expansion and selection survive a change of filter.
 */
public final class RegisterTree {
    /** Filters matching at most this many registers open the rows leading to them. */
    public static final int AUTO_EXPAND_LIMIT = 200;

    private final Simulator simulator;
    private final List<RegisterNode.Device> devices;
    private final String filter;
    private final List<RegisterNode> roots;
    /** Rows of which the filter shows only some children; rows missing here show all of theirs. */
    private final Map<RegisterNode, List<RegisterNode>> partial = new HashMap<>();
    /** Rows the filter opens to show what it found. */
    private final Set<RegisterNode> leadingToMatches = new LinkedHashSet<>();
    private int matchedRegisters;
    /** The rows that matched themselves (not only through a child), in the order the tree shows them. */
    private final List<RegisterNode> matches = new ArrayList<>();

    private RegisterTree(Simulator simulator, List<RegisterNode.Device> devices, String filter) {
        this.simulator = simulator;
        this.devices = devices;
        this.filter = filter.trim();
        if (this.filter.isEmpty()) {
            this.roots = List.copyOf(devices);
        } else {
            this.roots = filterRoots(new Query(this.filter));
        }
    }

    /**
     * Creates the rows of a session's board, unfiltered.
     *
     * @param simulator the session's simulator
     * @return the tree
     */
    public static RegisterTree of(Simulator simulator) {
        List<RegisterNode.Device> devices = new ArrayList<>();
        for (DeviceWindow w : simulator.board().devices()) {
            devices.add(new RegisterNode.Device(w, simulator.device(w.name()).orElse(null)));
        }
        return new RegisterTree(simulator, List.copyOf(devices), "");
    }

    /**
     * Returns the same rows seen through another filter.
     *
     * @param text a part of a name, description or enumerated value's name, an address starting with {@code 0x},
     *        or an address range {@code 0xA-0xB}; blank for all
     * @return a tree sharing this one's nodes
     */
    public RegisterTree withFilter(String text) {
        return text.trim().equals(filter) ? this : new RegisterTree(simulator, devices, text);
    }

    public Simulator simulator() {
        return simulator;
    }

    public String filter() {
        return filter;
    }

    public List<RegisterNode.Device> devices() {
        return devices;
    }

    /**
     * Finds a device by name, preferring the exact spelling.
     *
     * @param name the name as typed, any case
     * @return its row, if the board has it
     */
    public Optional<RegisterNode.Device> device(String name) {
        return devices.stream().filter(d -> d.name().equals(name)).findFirst()
                .or(() -> devices.stream().filter(d -> d.name().equalsIgnoreCase(name)).findFirst());
    }

    /**
     * Returns the rows shown below a row.
     *
     * @param node a row, or null for the top level
     * @return its children that the filter leaves
     */
    public List<RegisterNode> children(RegisterNode node) {
        if (node == null) {
            return roots;
        }
        List<RegisterNode> some = partial.get(node);
        return some != null ? some : node.children();
    }

    /** @return the number of registers the filter matched (directly or through a field) */
    public int matchedRegisters() {
        return matchedRegisters;
    }

    /**
     * The rows the filter found, each a device, cluster or register whose name, description or address matched,
     * or a field whose name, description or one of whose enumerated values matched; a row shown only because a
     * row below it matched is not one.
     *
     * @return the matching rows in the order the tree shows them; empty without a filter
     */
    public List<RegisterNode> matches() {
        return Collections.unmodifiableList(matches);
    }

    /**
     * Finds the match after (or before) a row, in the order the tree shows them, wrapping around at the end.
     *
     * @param from the row to start from (need not be a match), or null to start before the first row
     * @param forward true for the next match, false for the previous one
     * @return the match, or empty when the filter found nothing
     */
    public Optional<RegisterNode> nextMatch(RegisterNode from, boolean forward) {
        if (matches.isEmpty()) {
            return Optional.empty();
        }
        if (from == null) {
            return Optional.of(forward ? matches.get(0) : matches.get(matches.size() - 1));
        }
        int[] position = position(from);
        int low = 0;
        int high = matches.size();
        while (low < high) { // the first match not before the row
            int mid = (low + high) >>> 1;
            if (compare(position(matches.get(mid)), position) < 0) {
                low = mid + 1;
            } else {
                high = mid;
            }
        }
        int index;
        if (forward) {
            index = low < matches.size() && matches.get(low) == from ? low + 1 : low;
        } else {
            index = low - 1;
        }
        return Optional.of(matches.get(Math.floorMod(index, matches.size())));
    }

    /** The indexes of a row and its ancestors among their (unfiltered) siblings, top first. */
    private int[] position(RegisterNode node) {
        int depth = 0;
        for (RegisterNode n = node; n != null; n = n.parent()) {
            depth++;
        }
        int[] path = new int[depth];
        for (RegisterNode n = node; n != null; n = n.parent()) {
            List<? extends RegisterNode> siblings = n.parent() == null ? devices : n.parent().children();
            path[--depth] = siblings.indexOf(n);
        }
        return path;
    }

    private static int compare(int[] a, int[] b) {
        return java.util.Arrays.compare(a, b);
    }

    /** @return the rows to open so that the filter's matches show, empty if there are too many */
    public Set<RegisterNode> rowsToOpen() {
        return matchedRegisters <= AUTO_EXPAND_LIMIT ? Collections.unmodifiableSet(leadingToMatches) : Set.of();
    }

    /**
     * Tells whether a row is in the tree: it and all its ancestors pass the filter.
     *
     * @param node a row of this session
     * @return true if shown (when its parents are expanded)
     */
    public boolean isShown(RegisterNode node) {
        RegisterNode parent = node.parent();
        List<RegisterNode> siblings = children(parent);
        return siblings.contains(node) && (parent == null || isShown(parent));
    }

    /**
     * Finds a row by its {@link RegisterNode#key()}, creating rows on the way if needed.
     *
     * @param key e.g. {@code UART0/UARTCR}
     * @return the row, if the board has it
     */
    public Optional<RegisterNode> find(String key) {
        String[] parts = key.split("/");
        List<? extends RegisterNode> level = devices;
        RegisterNode found = null;
        for (String part : parts) {
            found = null;
            for (RegisterNode n : level) {
                if (n.name().equals(part)) {
                    found = n;
                    break;
                }
            }
            if (found == null) {
                return Optional.empty();
            }
            level = found.children();
        }
        return Optional.ofNullable(found);
    }

    private List<RegisterNode> filterRoots(Query q) {
        List<RegisterNode> kept = new ArrayList<>();
        for (RegisterNode.Device d : devices) {
            if (q.text(d.name())) {
                kept.add(d);
                matches.add(d);
                matchedRegisters += d.registers() == null ? 0 : d.registers().registers().size();
                continue;
            }
            List<RegisterNode> some = keep(d, q);
            if (!some.isEmpty()) {
                partial.put(d, some);
                leadingToMatches.add(d);
                kept.add(d);
            }
        }
        return List.copyOf(kept);
    }

    /** The children of a device or cluster that match or lead to a match. */
    private List<RegisterNode> keep(RegisterNode container, Query q) {
        List<RegisterNode> kept = new ArrayList<>();
        for (RegisterNode child : container.children()) {
            if (child instanceof RegisterNode.Cluster c) {
                if (q.text(c.name())) {
                    kept.add(c);
                    matches.add(c);
                    matchedRegisters += c.children().size();
                } else {
                    List<RegisterNode> some = keep(c, q);
                    if (!some.isEmpty()) {
                        partial.put(c, some);
                        leadingToMatches.add(c);
                        kept.add(c);
                    }
                }
            } else if (child instanceof RegisterNode.Reg r) {
                if (matches(r, q)) {
                    kept.add(r);
                    matches.add(r);
                    matchedRegisters++;
                } else if (anyFieldMatches(r.register(), q)) {
                    List<RegisterNode> fields = new ArrayList<>();
                    for (RegisterNode f : r.children()) {
                        if (matches(((RegisterNode.Field) f).field(), q)) {
                            fields.add(f);
                        }
                    }
                    matches.addAll(fields);
                    partial.put(r, List.copyOf(fields));
                    leadingToMatches.add(r);
                    kept.add(r);
                    matchedRegisters++;
                }
            }
        }
        return List.copyOf(kept);
    }

    private static boolean matches(RegisterNode.Reg r, Query q) {
        Register reg = r.register();
        return q.text(reg.name()) || q.text(r.description())
                || q.address(r.address(), r.address() + reg.sizeBytes() - 1, reg.offset());
    }

    private static boolean anyFieldMatches(Register r, Query q) {
        for (Register.Field f : r.fields()) {
            if (matches(f, q)) {
                return true;
            }
        }
        return false;
    }

    /** A field's name, description, or the name of one of its enumerated values. */
    private static boolean matches(Register.Field f, Query q) {
        if (q.text(f.name()) || q.text(f.svd().description())) {
            return true;
        }
        for (SvdEnumeration e : f.svd().enumerations()) {
            for (SvdEnumeratedValue v : e.values()) {
                if (q.text(v.name())) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * What the user typed: text to find in names and descriptions, an address after {@code 0x}, or an address
     * range {@code 0xA-0xB} (also {@code 0xA..0xB}; both ends included).
     */
    private static final class Query {
        private final String lower;
        private final String hex;
        private final long rangeFirst;
        private final long rangeLast;

        Query(String text) {
            this.lower = text.toLowerCase(Locale.ROOT);
            long[] range = range(lower);
            this.rangeFirst = range == null ? 1 : range[0];
            this.rangeLast = range == null ? 0 : range[1];
            String digits = lower.startsWith("0x") ? lower.substring(2).replace("_", "") : null;
            if (digits != null && !digits.isEmpty() && digits.chars().allMatch(c -> Character.digit(c, 16) >= 0)) {
                String stripped = digits.replaceFirst("^0+", "");
                this.hex = stripped.isEmpty() ? "0" : stripped;
            } else {
                this.hex = null;
            }
        }

        boolean text(String s) {
            return s.toLowerCase(Locale.ROOT).contains(lower);
        }

        /** A physical address that starts with the digits, an offset equal to them, or a register in the range. */
        boolean address(long first, long last, long offset) {
            if (rangeFirst <= rangeLast) {
                return Long.compareUnsigned(first, rangeLast) <= 0 && Long.compareUnsigned(last, rangeFirst) >= 0;
            }
            return hex != null && (Long.toHexString(first).startsWith(hex) || Long.toHexString(offset).equals(hex));
        }

        /** {@code 0xA-0xB} or {@code 0xA..0xB} as its two ends, or null. */
        private static long[] range(String text) {
            String[] ends = text.split("\\s*(-|\\.\\.)\\s*", -1);
            if (ends.length != 2) {
                return null;
            }
            long[] range = new long[2];
            for (int i = 0; i < 2; i++) {
                String end = ends[i].trim();
                if (!end.startsWith("0x") || end.length() == 2 || end.length() > 18) {
                    return null;
                }
                try {
                    range[i] = Long.parseUnsignedLong(end.substring(2).replace("_", ""), 16);
                } catch (NumberFormatException e) {
                    return null;
                }
            }
            return Long.compareUnsigned(range[0], range[1]) <= 0 ? range : null;
        }
    }
}
