package org.mmioworkbench.core.svd;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * Resolves {@code derivedFrom} on the raw tree: each element is resolved once, on demand, into a copy
 * that holds what it writes itself and everything else from its (resolved) base, so chains cost
 * linear time and cycles are reported instead of looping. Names are looked up through per-scope
 * indexes: the element's own scope and the scopes around it first, then a path from the device.
 */
final class SvdResolver {
    /**
     * The longest chain of {@code derivedFrom} (counting the look-ups of the scopes a name is found in)
     * resolved: resolution recurses once per step, and real files derive one or two steps deep.
     */
    static final int MAX_DERIVATION_DEPTH = 64;

    private final SvdSource source;
    private int depth;
    private final Map<String, RawPeripheral> peripherals = new HashMap<>();
    private final Map<Object, Map<String, Object>> scopeIndexes = new IdentityHashMap<>();
    private final Map<RawScope, Map<String, List<RawItem>>> elementIndexes = new IdentityHashMap<>();
    private Map<String, List<RawEnumeration>> enumerationIndex;
    private final RawDevice device;

    /**
     * Prepares resolution for a device.
     *
     * @param source the file, for messages
     * @param device the raw device
     */
    SvdResolver(SvdSource source, RawDevice device) {
        this.source = source;
        this.device = device;
        for (RawPeripheral p : device.peripherals) {
            index(peripherals, p.name, p);
        }
    }

    /**
     * Resolves a peripheral.
     *
     * @param p a peripheral as written
     * @return it, or its resolved copy if derived
     * @throws SvdException if its base does not exist or derives from it
     */
    RawPeripheral peripheral(RawPeripheral p) throws SvdException {
        if (p.resolved != null) {
            return p.resolved;
        }
        if (p.derivedFrom == null) {
            p.resolved = p;
            return p;
        }
        if (p.resolving) {
            throw circular("peripheral", p.name, p.derivedFrom, p.position);
        }
        p.resolving = true;
        deeper("peripheral", p.name, p.derivedFrom, p.position);
        try {
            RawPeripheral base = lookup(peripherals, p.derivedFrom);
            if (base == null) {
                throw missing("peripheral", p.name, p.derivedFrom, p.position);
            }
            p.resolved = p.over(peripheral(base));
        } finally {
            depth--;
        }
        p.resolving = false;
        return p.resolved;
    }

    /**
     * Resolves a register or cluster.
     *
     * @param item an element as written
     * @return it, or its resolved copy if derived
     * @throws SvdException if its base does not exist, is of the other kind, or derives from it
     */
    RawItem item(RawItem item) throws SvdException {
        if (item.resolved != null) {
            return item.resolved;
        }
        if (item.derivedFrom == null) {
            item.resolved = item;
            return item;
        }
        if (item.resolving) {
            throw circular(item.kind(), item.name, item.derivedFrom, item.position);
        }
        item.resolving = true;
        deeper(item.kind(), item.name, item.derivedFrom, item.position);
        try {
            RawItem base = lookupItem(item.derivedFrom, item.parent, item.getClass());
            if (base == null) {
                base = listElement(item.derivedFrom, item.parent, item.getClass(), item.kind(), item.name,
                        item.position);
            }
            if (base == null) {
                throw missing(item.kind(), item.name, item.derivedFrom, item.position);
            }
            item.resolved = item.over(item(base));
        } finally {
            depth--;
        }
        item.resolving = false;
        return item.resolved;
    }

    /**
     * Resolves a field.
     *
     * @param f a field as written
     * @return it, or its resolved copy if derived
     * @throws SvdException if its base does not exist or derives from it
     */
    RawField field(RawField f) throws SvdException {
        if (f.resolved != null) {
            return f.resolved;
        }
        if (f.derivedFrom == null) {
            f.resolved = f;
            return f;
        }
        if (f.resolving) {
            throw circular("field", f.name, f.derivedFrom, f.position);
        }
        f.resolving = true;
        deeper("field", f.name, f.derivedFrom, f.position);
        try {
            RawField base = lookupField(f);
            if (base == null && f.derivedFrom.indexOf('.') < 0) {
                for (RawField sibling : f.register.fields) {
                    if (sibling != f && isElement(sibling.name, sibling.dim, f.derivedFrom)) {
                        warnElement("field", f.name, f.derivedFrom, sibling.name, f.position);
                        base = sibling;
                        break;
                    }
                }
            }
            if (base == null) {
                throw missing("field", f.name, f.derivedFrom, f.position);
            }
            f.resolved = f.over(field(base));
        } finally {
            depth--;
        }
        f.resolving = false;
        return f.resolved;
    }

    /**
     * Resolves an {@code enumeratedValues} block.
     *
     * @param e a block as written
     * @return it, or its resolved copy if derived
     * @throws SvdException if its base does not exist or derives from it
     */
    RawEnumeration enumeration(RawEnumeration e) throws SvdException {
        if (e.resolved != null) {
            return e.resolved;
        }
        if (e.derivedFrom == null) {
            e.resolved = e;
            return e;
        }
        String what = e.name != null ? e.name : "of field " + e.field.name;
        if (e.resolving) {
            throw circular("enumeratedValues", what, e.derivedFrom, e.position);
        }
        e.resolving = true;
        deeper("enumeratedValues", what, e.derivedFrom, e.position);
        try {
            RawEnumeration base = lookupEnumeration(e);
            if (base == null) {
                throw missing("enumeratedValues", what, e.derivedFrom, e.position);
            }
            e.resolved = e.over(enumeration(base));
        } finally {
            depth--;
        }
        e.resolving = false;
        return e.resolved;
    }

    /**
     * Returns the registers and clusters of a peripheral or cluster after its {@code derivedFrom}.
     *
     * @param scope a scope as written or resolved
     * @return its children, each still as written
     * @throws SvdException if the scope's {@code derivedFrom} fails
     */
    List<RawItem> children(RawScope scope) throws SvdException {
        return resolvedScope(scope).children();
    }

    private RawScope resolvedScope(RawScope scope) throws SvdException {
        return switch (scope) {
            case RawPeripheral p -> peripheral(p);
            case RawCluster c -> (RawCluster) item(c);
        };
    }

    /**
     * Finds the {@code %s} list one of whose elements a plain name names ({@code P100PFS} of {@code P10%sPFS}, as
     * Renesas files write it), around {@code from} and outwards, and warns that the derivation is from the list's
     * definition; null if there is none. Other SVD tools accept such files.
     */
    private RawItem listElement(String name, RawScope from, Class<?> kind, String what, String deriving,
            SvdPosition at) throws SvdException {
        if (name.indexOf('.') >= 0) {
            return null;
        }
        for (RawScope scope = from; scope != null; scope = scope.outer()) {
            for (RawItem child : elementIndex(resolvedScope(scope)).getOrDefault(name.trim(), List.of())) {
                if (kind.isInstance(child)) {
                    warnElement(what, deriving, name, child.name, at);
                    return child;
                }
            }
        }
        return null;
    }

    /**
     * The elements of a scope's {@code %s} lists by name, each with the lists that have it, in file order: built once
     * per scope, so that many derivations from elements of long lists take time linear in the file.
     */
    private Map<String, List<RawItem>> elementIndex(RawScope scope) {
        return elementIndexes.computeIfAbsent(scope, s -> {
            Map<String, List<RawItem>> index = new HashMap<>();
            for (RawItem child : s.children()) {
                if (child.dim == null || child.name == null || !child.name.contains("%s")
                        || child.name.contains("[%s]")) {
                    continue;
                }
                for (String i : child.dim.indices()) {
                    index.computeIfAbsent(child.name.replace("%s", i), k -> new ArrayList<>(1)).add(child);
                }
            }
            return index;
        });
    }

    private static boolean isElement(String listName, RawDim dim, String name) {
        if (dim == null || listName == null || !listName.contains("%s") || listName.contains("[%s]")) {
            return false;
        }
        for (String index : dim.indices()) {
            if (listName.replace("%s", index).equals(name)) {
                return true;
            }
        }
        return false;
    }

    private void warnElement(String kind, String name, String base, String listName, SvdPosition at) {
        source.warn(at, kind + " '" + name + "' derivedFrom '" + base + "', an element of the list '" + listName
                + "': derived from the list's definition");
    }

    /** Finds a register or cluster by name or dotted path: around {@code from} first, then from the device. */
    private RawItem lookupItem(String path, RawScope from, Class<?> kind) throws SvdException {
        String[] segments = path.split("\\.", -1);
        for (RawScope scope = from; scope != null; scope = scope.outer()) {
            RawItem found = walk(resolvedScope(scope), segments, 0);
            if (found != null && kind.isInstance(found)) {
                return found;
            }
        }
        if (segments.length > 1) {
            RawPeripheral p = lookup(peripherals, segments[0].trim());
            if (p != null) {
                RawItem found = walk(peripheral(p), segments, 1);
                if (found != null && kind.isInstance(found)) {
                    return found;
                }
            }
        }
        return null;
    }

    private RawItem walk(RawScope scope, String[] segments, int from) throws SvdException {
        RawScope current = scope;
        for (int i = from; i < segments.length; i++) {
            Object child = lookup(indexOf(current), segments[i].trim());
            if (!(child instanceof RawItem item)) {
                return null;
            }
            if (i == segments.length - 1) {
                return item;
            }
            if (!(item instanceof RawCluster cluster)) {
                return null;
            }
            current = (RawCluster) item(cluster);
        }
        return null;
    }

    private Map<String, Object> indexOf(RawScope scope) {
        return scopeIndexes.computeIfAbsent(scope, s -> {
            Map<String, Object> index = new HashMap<>();
            for (RawItem child : ((RawScope) s).children()) {
                index(index, child.name, child);
            }
            return index;
        });
    }

    private RawField lookupField(RawField f) throws SvdException {
        String path = f.derivedFrom;
        int dot = path.lastIndexOf('.');
        RawRegister register = f.register;
        if (dot >= 0) {
            RawItem found = lookupItem(path.substring(0, dot), f.register.parent, RawRegister.class);
            if (found == null) {
                return null;
            }
            register = (RawRegister) found;
        }
        String name = path.substring(dot + 1).trim();
        RawRegister resolved = (RawRegister) item(register);
        Map<String, Object> index = scopeIndexes.computeIfAbsent(resolved, r -> {
            Map<String, Object> fields = new HashMap<>();
            for (RawField field : ((RawRegister) r).fields) {
                index(fields, field.name, field);
            }
            return fields;
        });
        Object found = lookup(index, name);
        return found instanceof RawField field ? field : null;
    }

    /**
     * Finds a block by name: a plain name prefers the same field, register, then peripheral, then the
     * first in the file; a dotted path ({@code peripheral.register.field.name}, clusters allowed,
     * leading parts optional) must match the end of the block's own path.
     */
    private RawEnumeration lookupEnumeration(RawEnumeration e) {
        String[] segments = e.derivedFrom.split("\\.", -1);
        for (int i = 0; i < segments.length; i++) {
            segments[i] = segments[i].trim();
        }
        List<RawEnumeration> candidates = enumerationIndex().getOrDefault(segments[segments.length - 1], List.of());
        RawEnumeration best = null;
        int bestRank = Integer.MAX_VALUE;
        for (RawEnumeration c : candidates) {
            if (c == e || segments.length > 1 && !pathEndsWith(c, segments)) {
                continue;
            }
            int rank = c.field == e.field ? 0
                    : c.field.register == e.field.register ? 1
                    : peripheralOf(c) == peripheralOf(e) ? 2 : 3;
            if (rank < bestRank) {
                best = c;
                bestRank = rank;
            }
        }
        return best;
    }

    private static boolean pathEndsWith(RawEnumeration e, String[] segments) {
        List<String> path = new ArrayList<>();
        path.add(e.name);
        path.add(e.field.name);
        path.add(e.field.register.name);
        for (RawScope s = e.field.register.parent; s != null; s = s.outer()) {
            path.add(s.name());
        }
        if (segments.length > path.size()) {
            return false;
        }
        for (int i = 0; i < segments.length; i++) {
            String want = segments[segments.length - 1 - i];
            String have = path.get(i);
            if (!want.equals(have) && !want.equals(strip(have))) {
                return false;
            }
        }
        return true;
    }

    private static RawScope peripheralOf(RawEnumeration e) {
        RawScope s = e.field.register.parent;
        while (s.outer() != null) {
            s = s.outer();
        }
        return s;
    }

    private Map<String, List<RawEnumeration>> enumerationIndex() {
        if (enumerationIndex == null) {
            enumerationIndex = new HashMap<>();
            for (RawPeripheral p : device.peripherals) {
                indexEnumerations(p.children);
            }
        }
        return enumerationIndex;
    }

    private void indexEnumerations(List<RawItem> items) {
        for (RawItem item : items) {
            if (item instanceof RawCluster c) {
                indexEnumerations(c.children);
            } else if (item instanceof RawRegister r) {
                for (RawField f : r.fields) {
                    for (RawEnumeration e : f.enumerations) {
                        if (e.name != null) {
                            enumerationIndex.computeIfAbsent(e.name, k -> new ArrayList<>()).add(e);
                        }
                    }
                }
            }
        }
    }

    /** Counts one more step of derivation in progress; refuses a chain that is too long. */
    private void deeper(String kind, String name, String base, SvdPosition at) throws SvdException {
        if (++depth > MAX_DERIVATION_DEPTH) {
            throw source.error(at, kind + " '" + name + "' derivedFrom '" + base + "': the chain of derivedFrom is"
                    + " longer than " + MAX_DERIVATION_DEPTH + " steps");
        }
    }

    private SvdException missing(String kind, String name, String base, SvdPosition at) {
        return source.error(at, kind + " '" + name + "' derivedFrom '" + base + "': no such " + kind);
    }

    private SvdException circular(String kind, String name, String base, SvdPosition at) {
        return source.error(at, kind + " '" + name + "' derivedFrom '" + base + "' is circular");
    }

    /** Adds an entry under its name and, if free, under its name without {@code %s} / {@code [%s]}. */
    private static <T> void index(Map<String, T> map, String name, T value) {
        map.putIfAbsent(name, value);
        String stripped = strip(name);
        if (!stripped.equals(name)) {
            map.putIfAbsent(stripped, value);
        }
    }

    private static <T> T lookup(Map<String, T> index, String name) {
        T found = index.get(name);
        return found != null ? found : index.get(strip(name));
    }

    private static String strip(String name) {
        return name.indexOf('%') < 0 ? name : name.replace("[%s]", "").replace("%s", "");
    }
}
