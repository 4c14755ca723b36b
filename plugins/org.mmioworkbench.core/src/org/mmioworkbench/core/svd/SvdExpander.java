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
    /**
     * The most registers, and the most cluster elements, a file may expand to: more means a broken
     * {@code dim}, not a real chip.
     */
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
    private long registerCount;
    /** Cluster elements expanded so far: nested arrays of empty clusters cost time without registers. */
    private long clusterCount;

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
        return new SvdExpander(source, new SvdResolver(source, raw)).device(raw);
    }

    private SvdDevice device(RawDevice raw) throws SvdException {
        Defaults defaults = new Defaults(32, SvdAccess.READ_WRITE, 0, null).with(raw.props);
        List<SvdPeripheral> peripherals = new ArrayList<>();
        for (RawPeripheral declared : raw.peripherals) {
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
            SvdRegister highest = highest(registers);
            int count = dim == null ? 1 : dim.count();
            registerCount += (long) registers.size() * (count - 1);
            if (registerCount > MAX_REGISTERS) {
                throw source.error(p.position, "more than " + MAX_REGISTERS + " registers after expanding arrays");
            }
            for (int i = 0; i < count; i++) {
                String index = dim == null ? null : dim.indices().get(i);
                String name = substitute(p.name, index);
                long base = element(p.baseAddress, i, dim, p.position, "peripheral '" + name + "' at <baseAddress> "
                        + hex(p.baseAddress));
                if (highest != null && Long.compareUnsigned(base + lastByte(highest), base) < 0) {
                    throw source.error(p.position, String.format(Locale.ROOT, "register '%s.%s' at %s + %s lies past the"
                            + " end of the 64-bit address space", name, highest.qualifiedName(), hex(base),
                            hex(highest.addressOffset())));
                }
                peripherals.add(new SvdPeripheral(name, text(p.description, index),
                        p.groupName == null ? "" : p.groupName, base, p.baseName, p.addressBlocks, p.interrupts,
                        registers));
            }
        }
        peripherals.sort(PERIPHERAL_ORDER);
        return new SvdDevice(raw.name, raw.description == null ? "" : raw.description, raw.addressUnitBits,
                raw.width, peripherals, source.warnings());
    }

    private void items(List<RawItem> children, Defaults defaults, long offset, List<String> path,
            List<SvdRegister> out) throws SvdException {
        for (RawItem declared : children) {
            RawItem item = resolver.item(declared);
            if (item.addressOffset == null) {
                throw source.error(item.position, item.kind() + " '" + item.name + "' has no <addressOffset>");
            }
            Defaults inner = defaults.with(item.props);
            RawDim dim = checkDim(item.dim, item.name, item.kind(), item.position);
            int count = dim == null ? 1 : dim.count();
            String what = item.kind() + " '" + item.name + "' at <addressOffset> " + hex(item.addressOffset);
            long first = offset + item.addressOffset;
            if (Long.compareUnsigned(first, offset) < 0) {
                throw beyondAddressSpace(item.position, what + " in a cluster at " + hex(offset));
            }
            for (int i = 0; i < count; i++) {
                String index = dim == null ? null : dim.indices().get(i);
                long at = element(first, i, dim, item.position, what);
                String name = substitute(item.name, index);
                if (item instanceof RawCluster cluster) {
                    if (++clusterCount > MAX_REGISTERS) {
                        throw source.error(item.position, "more than " + MAX_REGISTERS
                                + " cluster elements after expanding arrays");
                    }
                    List<String> inside = new ArrayList<>(path.size() + 1);
                    inside.addAll(path);
                    inside.add(name);
                    items(resolver.children(cluster), inner, at, inside, out);
                } else {
                    if (++registerCount > MAX_REGISTERS) {
                        throw source.error(item.position, "more than " + MAX_REGISTERS
                                + " registers after expanding arrays");
                    }
                    long bytes = (inner.size() + 7) / 8;
                    if (Long.compareUnsigned(at + bytes - 1, at) < 0) {
                        throw beyondAddressSpace(item.position, "register '" + name + "' at offset " + hex(at));
                    }
                    out.add(register((RawRegister) item, name, text(item.description, index), at, inner, path));
                }
            }
        }
    }

    /**
     * Computes the address of element {@code i} of an array: {@code first + i * dimIncrement}, refusing a
     * result past 2^64 - 1 instead of wrapping around.
     */
    private long element(long first, int i, RawDim dim, SvdPosition at, String what) throws SvdException {
        if (dim == null || i == 0) {
            return first;
        }
        long step = i * dim.increment();
        long address = first + step;
        if (Math.unsignedMultiplyHigh(i, dim.increment()) != 0 || Long.compareUnsigned(address, first) < 0) {
            throw beyondAddressSpace(at, String.format(Locale.ROOT, "element %d of %s with <dimIncrement> %s", i, what,
                    hex(dim.increment())));
        }
        return address;
    }

    private SvdException beyondAddressSpace(SvdPosition at, String what) {
        return source.error(at, what + " lies past the end of the 64-bit address space");
    }

    /** The register whose last byte lies furthest from the peripheral's base, or null if there is none. */
    private static SvdRegister highest(List<SvdRegister> registers) {
        SvdRegister highest = null;
        for (SvdRegister r : registers) {
            if (highest == null || Long.compareUnsigned(lastByte(r), lastByte(highest)) > 0) {
                highest = r;
            }
        }
        return highest;
    }

    /** The offset of a register's last byte from the peripheral's base (known not to wrap). */
    private static long lastByte(SvdRegister r) {
        return r.addressOffset() + (r.size() + 7) / 8 - 1;
    }

    private static String hex(long value) {
        return "0x" + Long.toHexString(value).toUpperCase(Locale.ROOT);
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
            RawField f = resolver.field(declared);
            if (f.bitOffset == null) {
                throw source.error(f.position, "field '" + f.name
                        + "' has no bit range (<bitOffset>, <lsb>/<msb> or <bitRange>)");
            }
            List<SvdEnumeration> enumerations = new ArrayList<>(f.enumerations.size());
            for (RawEnumeration e : f.enumerations) {
                enumerations.add(enumeration(e));
            }
            RawDim dim = checkDim(f.dim, f.name, "field", f.position);
            int count = dim == null ? 1 : dim.count();
            for (int i = 0; i < count; i++) {
                String index = dim == null ? null : dim.indices().get(i);
                String name = substitute(f.name, index);
                long step = dim == null ? 0 : i * dim.increment();
                if (dim != null && (Math.unsignedMultiplyHigh(i, dim.increment()) != 0
                        || Long.compareUnsigned(step, 64) > 0)) {
                    throw source.error(f.position, String.format(Locale.ROOT, "field '%s' (bit %d + %d * <dimIncrement>"
                            + " %s) does not fit in the %d-bit register '%s'", name, f.bitOffset, i,
                            Long.toUnsignedString(dim.increment()), size, registerName));
                }
                long offset = f.bitOffset + step;
                int width = f.bitWidth;
                if (offset + width > size) { // SiFive and Espressif files have such fields; other tools clip them
                    if (offset >= size) {
                        source.warn(f.position, String.format(Locale.ROOT, "field '%s' (bits %d..%d) lies outside the"
                                + " %d-bit register '%s'; left out", name, offset, offset + width - 1, size,
                                registerName));
                        continue;
                    }
                    source.warn(f.position, String.format(Locale.ROOT, "field '%s' (bits %d..%d) runs past the %d-bit"
                            + " register '%s'; clipped to bits %d..%d", name, offset, offset + width - 1, size,
                            registerName, offset, size - 1));
                    width = (int) (size - offset);
                }
                fields.add(new SvdField(name, text(f.description, index), (int) offset, width,
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
