package org.mmioworkbench.core.svd;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Turns the raw tree into the model: resolves {@code derivedFrom} (through {@link SvdResolver}),
 * expands {@code dim} arrays, passes the register properties down from device to peripheral,
 * clusters and registers, and field defaults from registers, checks what only the expanded form shows
 * (missing offsets, {@code %s} without {@code dim}, fields outside their register), and sorts.
 */
final class SvdExpander {
    /** The most registers a file may expand to: more means a broken {@code dim}, not a real chip. */
    static final int MAX_REGISTERS = 1 << 18;

    private static final Comparator<SvdPeripheral> PERIPHERAL_ORDER = Comparator
            .comparing(SvdPeripheral::baseAddress, Long::compareUnsigned).thenComparing(SvdPeripheral::name);
    private static final Comparator<SvdRegister> REGISTER_ORDER = Comparator
            .comparing(SvdRegister::addressOffset, Long::compareUnsigned).thenComparing(SvdRegister::qualifiedName);
    private static final Comparator<SvdField> FIELD_ORDER = Comparator
            .comparingInt(SvdField::bitOffset).thenComparing(SvdField::name);

    /**
     * The register properties in force at one level, every default filled in.
     *
     * @param size register width in bits
     * @param access access
     * @param resetValue reset value
     * @param resetMask reset mask, or null for all bits of the register
     */
    private record Defaults(int size, SvdAccess access, long resetValue, Long resetMask) {
        Defaults with(RawProps p) {
            if (p.isEmpty()) {
                return this;
            }
            return new Defaults(p.size != null ? p.size : size, p.access != null ? p.access : access,
                    p.resetValue != null ? p.resetValue : resetValue, p.resetMask != null ? p.resetMask : resetMask);
        }
    }

    /**
     * Fields built for a resolved register under some defaults, reused by every copy of it.
     *
     * @param size the register width they were checked against
     * @param access the register access they inherited
     * @param fields the fields
     */
    private record BuiltFields(int size, SvdAccess access, List<SvdField> fields) {
    }

    private final SvdSource source;
    private final SvdResolver resolver;
    private final Map<RawRegister, BuiltFields> fieldCache = new IdentityHashMap<>();
    private final Map<RawEnumeration, SvdEnumeration> enumerationCache = new IdentityHashMap<>();
    private SvdPosition current;
    private String currentKind = "device";
    private long registerCount;

    private SvdExpander(SvdSource source, SvdResolver resolver) {
        this.source = source;
        this.resolver = resolver;
    }

    /**
     * Expands a raw device into the model.
     *
     * @param source the file, for messages
     * @param raw the raw device
     * @return the device
     * @throws SvdException at the first problem
     */
    static SvdDevice expand(SvdSource source, RawDevice raw) throws SvdException {
        SvdExpander expander = new SvdExpander(source, new SvdResolver(source, raw));
        expander.current = raw.position;
        try {
            return expander.device(raw);
        } catch (RuntimeException | StackOverflowError e) {
            throw source.error(expander.current, "cannot expand <" + expander.currentKind + ">: " + e);
        }
    }

    private SvdDevice device(RawDevice raw) throws SvdException {
        Defaults defaults = new Defaults(32, SvdAccess.READ_WRITE, 0, null).with(raw.props);
        List<SvdPeripheral> peripherals = new ArrayList<>();
        for (RawPeripheral declared : raw.peripherals) {
            enter(declared.position, "peripheral");
            RawPeripheral p = resolver.peripheral(declared);
            if (p.baseAddress == null) {
                throw source.error(p.position, "peripheral '" + p.name + "' has no <baseAddress>");
            }
            Defaults inner = defaults.with(p.props);
            RawDim dim = checkDim(p.dim, p.name, "peripheral", p.position);
            List<SvdRegister> found = new ArrayList<>();
            items(resolver.children(p), inner, 0, List.of(), found);
            found.sort(REGISTER_ORDER);
            List<SvdRegister> registers = List.copyOf(found);
            int count = dim == null ? 1 : dim.count();
            registerCount += (long) registers.size() * (count - 1);
            if (registerCount > MAX_REGISTERS) {
                throw source.error(p.position, "more than " + MAX_REGISTERS + " registers after expanding arrays");
            }
            for (int i = 0; i < count; i++) {
                String index = dim == null ? null : dim.indices().get(i);
                long base = p.baseAddress + (dim == null ? 0 : i * dim.increment());
                peripherals.add(new SvdPeripheral(substitute(p.name, index), text(p.description, index),
                        p.groupName == null ? "" : p.groupName, base, p.baseName, p.addressBlocks, p.interrupts,
                        registers));
            }
        }
        peripherals.sort(PERIPHERAL_ORDER);
        return new SvdDevice(raw.name, raw.description == null ? "" : raw.description, raw.addressUnitBits,
                raw.width, peripherals);
    }

    private void items(List<RawItem> children, Defaults defaults, long offset, List<String> path,
            List<SvdRegister> out) throws SvdException {
        for (RawItem declared : children) {
            enter(declared.position, declared.kind());
            RawItem item = resolver.item(declared);
            if (item.addressOffset == null) {
                throw source.error(item.position, item.kind() + " '" + item.name + "' has no <addressOffset>");
            }
            Defaults inner = defaults.with(item.props);
            RawDim dim = checkDim(item.dim, item.name, item.kind(), item.position);
            int count = dim == null ? 1 : dim.count();
            for (int i = 0; i < count; i++) {
                String index = dim == null ? null : dim.indices().get(i);
                long at = offset + item.addressOffset + (dim == null ? 0 : i * dim.increment());
                String name = substitute(item.name, index);
                if (item instanceof RawCluster cluster) {
                    List<String> inside = new ArrayList<>(path.size() + 1);
                    inside.addAll(path);
                    inside.add(name);
                    items(resolver.children(cluster), inner, at, inside, out);
                    enter(item.position, item.kind());
                } else {
                    if (++registerCount > MAX_REGISTERS) {
                        throw source.error(item.position, "more than " + MAX_REGISTERS
                                + " registers after expanding arrays");
                    }
                    out.add(register((RawRegister) item, name, text(item.description, index), at, inner, path));
                }
            }
        }
    }

    private SvdRegister register(RawRegister r, String name, String description, long offset, Defaults d,
            List<String> path) throws SvdException {
        int size = d.size();
        long sizeMask = size >= 64 ? -1L : (1L << size) - 1;
        long resetMask = d.resetMask() == null ? sizeMask : d.resetMask() & sizeMask;
        ModifiedWriteValues writes = r.modifiedWriteValues != null ? r.modifiedWriteValues : ModifiedWriteValues.MODIFY;
        List<SvdField> fields = fields(r, name, size, d.access(), writes);
        return new SvdRegister(path, name, description, offset, size, d.access(), d.resetValue() & sizeMask,
                resetMask, writes, r.readAction, fields);
    }

    private List<SvdField> fields(RawRegister r, String registerName, int size, SvdAccess access,
            ModifiedWriteValues writes) throws SvdException {
        BuiltFields built = fieldCache.get(r);
        if (built != null && built.size() == size && built.access() == access) {
            return built.fields();
        }
        List<SvdField> fields = new ArrayList<>();
        for (RawField declared : r.fields) {
            enter(declared.position, "field");
            RawField f = resolver.field(declared);
            if (f.bitOffset == null) {
                throw source.error(f.position, "field '" + f.name
                        + "' has no bit range (<bitOffset>, <lsb>/<msb> or <bitRange>)");
            }
            List<SvdEnumeration> enumerations = new ArrayList<>(f.enumerations.size());
            for (RawEnumeration e : f.enumerations) {
                enumerations.add(enumeration(e));
            }
            enter(f.position, "field");
            RawDim dim = checkDim(f.dim, f.name, "field", f.position);
            int count = dim == null ? 1 : dim.count();
            for (int i = 0; i < count; i++) {
                String index = dim == null ? null : dim.indices().get(i);
                long offset = f.bitOffset + (dim == null ? 0 : i * dim.increment());
                String name = substitute(f.name, index);
                if (offset + f.bitWidth > size) {
                    throw source.error(f.position, String.format(Locale.ROOT, "field '%s' (bits %d..%d) does not fit in the"
                            + " %d-bit register '%s'", name, offset, offset + f.bitWidth - 1, size, registerName));
                }
                fields.add(new SvdField(name, text(f.description, index), (int) offset, f.bitWidth,
                        f.access != null ? f.access : access,
                        f.modifiedWriteValues != null ? f.modifiedWriteValues : writes,
                        f.readAction != null ? f.readAction : r.readAction, enumerations));
            }
        }
        fields.sort(FIELD_ORDER);
        List<SvdField> result = List.copyOf(fields);
        fieldCache.put(r, new BuiltFields(size, access, result));
        return result;
    }

    private SvdEnumeration enumeration(RawEnumeration declared) throws SvdException {
        SvdEnumeration done = enumerationCache.get(declared);
        if (done == null) {
            enter(declared.position, "enumeratedValues");
            RawEnumeration e = resolver.enumeration(declared);
            done = new SvdEnumeration(e.name == null ? "" : e.name, e.usageOrDefault(), e.values);
            enumerationCache.put(declared, done);
        }
        return done;
    }

    /** Checks that {@code %s} in a name and {@code dim} come together. */
    private RawDim checkDim(RawDim dim, String name, String kind, SvdPosition at) throws SvdException {
        boolean placeholder = name.contains("%s");
        if (placeholder && dim == null) {
            throw source.error(at, kind + " '" + name + "' has %s in its name but no <dim>");
        }
        if (!placeholder && dim != null) {
            throw source.error(at, kind + " '" + name + "' has <dim> but no %s in its name");
        }
        return dim;
    }

    private void enter(SvdPosition position, String kind) {
        current = position;
        currentKind = kind;
    }

    private static String substitute(String name, String index) {
        return index == null ? name : name.replace("%s", index);
    }

    private static String text(String description, String index) {
        if (description == null) {
            return "";
        }
        return index == null ? description : description.replace("%s", index);
    }
}
