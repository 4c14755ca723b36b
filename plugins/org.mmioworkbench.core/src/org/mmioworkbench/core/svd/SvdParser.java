package org.mmioworkbench.core.svd;

import java.util.List;
import java.util.Locale;

/**
 * Reads an SVD file's elements into the raw tree ({@link RawDevice} and below) in one streaming pass:
 * checks what each element says on its own (numbers, names, bit ranges, known keywords) and skips
 * every element it does not know. {@code derivedFrom}, {@code dim} and inheritance come later.
 */
final class SvdParser {
    private final SvdSource source;
    private final SvdCursor cursor;

    private SvdParser(SvdSource source, SvdCursor cursor) {
        this.source = source;
        this.cursor = cursor;
    }

    /**
     * Parses a decoded file.
     *
     * @param source the file
     * @return the raw device
     * @throws SvdException at the first problem
     */
    static RawDevice parse(SvdSource source) throws SvdException {
        try (SvdCursor cursor = new SvdCursor(source)) {
            return new SvdParser(source, cursor).document();
        }
    }

    private RawDevice document() throws SvdException {
        cursor.toRoot();
        if (!cursor.name().equals("device")) {
            throw source.error(cursor.position(), "root element is <" + cursor.name() + ">, expected <device>");
        }
        RawDevice d = new RawDevice(cursor.position());
        while (cursor.nextChild()) {
            switch (cursor.name()) {
                case "name" -> d.name = identifier();
                case "description" -> d.description = description();
                case "addressUnitBits" -> d.addressUnitBits = intNumber(1, 64);
                case "width" -> d.width = intNumber(1, 64);
                case "peripherals" -> {
                    while (cursor.nextChild()) {
                        if (cursor.name().equals("peripheral")) {
                            d.peripherals.add(peripheral());
                        } else {
                            cursor.skip();
                        }
                    }
                }
                default -> {
                    if (!property(d.props)) {
                        cursor.skip();
                    }
                }
            }
        }
        if (d.name == null) {
            throw source.error(d.position, "<device> has no <name>");
        }
        return d;
    }

    private RawPeripheral peripheral() throws SvdException {
        RawPeripheral p = new RawPeripheral(cursor.position());
        p.derivedFrom = cursor.attribute("derivedFrom");
        DimReader dim = new DimReader();
        while (cursor.nextChild()) {
            switch (cursor.name()) {
                case "name" -> p.name = dimableName();
                case "description" -> p.description = description();
                case "groupName" -> p.groupName = cursor.text().trim();
                case "baseAddress" -> p.baseAddress = number();
                case "addressBlock" -> p.addressBlocks.add(addressBlock());
                case "interrupt" -> p.interrupts.add(interrupt());
                case "registers" -> items(p, p.children);
                default -> {
                    if (!property(p.props) && !dim.read()) {
                        cursor.skip();
                    }
                }
            }
        }
        requireName(p.name, p.position, "peripheral");
        p.dim = dim.build(p.position, "peripheral '" + p.name + "'");
        return p;
    }

    private void items(RawScope scope, List<RawItem> into) throws SvdException {
        while (cursor.nextChild()) {
            switch (cursor.name()) {
                case "register" -> into.add(register(scope));
                case "cluster" -> into.add(cluster(scope));
                default -> cursor.skip();
            }
        }
    }

    private RawCluster cluster(RawScope parent) throws SvdException {
        RawCluster c = new RawCluster(cursor.position(), parent);
        c.derivedFrom = cursor.attribute("derivedFrom");
        DimReader dim = new DimReader();
        while (cursor.nextChild()) {
            switch (cursor.name()) {
                case "name" -> c.name = dimableName();
                case "description" -> c.description = description();
                case "addressOffset" -> c.addressOffset = number();
                case "register" -> c.children.add(register(c));
                case "cluster" -> c.children.add(cluster(c));
                default -> {
                    if (!property(c.props) && !dim.read()) {
                        cursor.skip();
                    }
                }
            }
        }
        requireName(c.name, c.position, "cluster");
        c.dim = dim.build(c.position, "cluster '" + c.name + "'");
        return c;
    }

    private RawRegister register(RawScope parent) throws SvdException {
        RawRegister r = new RawRegister(cursor.position(), parent);
        r.derivedFrom = cursor.attribute("derivedFrom");
        DimReader dim = new DimReader();
        while (cursor.nextChild()) {
            switch (cursor.name()) {
                case "name" -> r.name = dimableName();
                case "description" -> r.description = description();
                case "addressOffset" -> r.addressOffset = number();
                case "modifiedWriteValues" -> r.modifiedWriteValues = modifiedWriteValues();
                case "readAction" -> r.readAction = readAction();
                case "fields" -> {
                    while (cursor.nextChild()) {
                        if (cursor.name().equals("field")) {
                            r.fields.add(field(r));
                        } else {
                            cursor.skip();
                        }
                    }
                }
                default -> {
                    if (!property(r.props) && !dim.read()) {
                        cursor.skip();
                    }
                }
            }
        }
        requireName(r.name, r.position, "register");
        r.dim = dim.build(r.position, "register '" + r.name + "'");
        return r;
    }

    private RawField field(RawRegister register) throws SvdException {
        RawField f = new RawField(cursor.position(), register);
        f.derivedFrom = cursor.attribute("derivedFrom");
        DimReader dim = new DimReader();
        Integer bitOffset = null;
        Integer bitWidth = null;
        Integer lsb = null;
        Integer msb = null;
        while (cursor.nextChild()) {
            switch (cursor.name()) {
                case "name" -> f.name = dimableName();
                case "description" -> f.description = description();
                case "bitOffset" -> bitOffset = intNumber(0, 63);
                case "bitWidth" -> bitWidth = intNumber(1, 64);
                case "lsb" -> lsb = intNumber(0, 63);
                case "msb" -> msb = intNumber(0, 63);
                case "bitRange" -> {
                    int[] range = bitRange();
                    msb = range[0];
                    lsb = range[1];
                }
                case "access" -> f.access = access();
                case "modifiedWriteValues" -> f.modifiedWriteValues = modifiedWriteValues();
                case "readAction" -> f.readAction = readAction();
                case "enumeratedValues" -> f.enumerations.add(enumeration(f));
                default -> {
                    if (!dim.read()) {
                        cursor.skip();
                    }
                }
            }
        }
        requireName(f.name, f.position, "field");
        String what = "field '" + f.name + "'";
        if (lsb != null || msb != null) {
            if (lsb == null || msb == null) {
                throw source.error(f.position, what + " has " + (lsb == null ? "<msb> but no <lsb>" : "<lsb> but no <msb>"));
            }
            if (msb < lsb) {
                throw source.error(f.position, what + " has msb " + msb + " below lsb " + lsb);
            }
            f.bitOffset = lsb;
            f.bitWidth = msb - lsb + 1;
        } else if (bitOffset != null) {
            f.bitOffset = bitOffset;
            f.bitWidth = bitWidth != null ? bitWidth : 1;
        } else if (bitWidth != null) {
            throw source.error(f.position, what + " has <bitWidth> but no <bitOffset>");
        }
        f.dim = dim.build(f.position, what);
        return f;
    }

    private RawEnumeration enumeration(RawField field) throws SvdException {
        RawEnumeration e = new RawEnumeration(cursor.position(), field);
        e.derivedFrom = cursor.attribute("derivedFrom");
        while (cursor.nextChild()) {
            switch (cursor.name()) {
                case "name" -> e.name = identifier();
                case "usage" -> e.usage = keyword(List.of("read", "write", "read-write"));
                case "enumeratedValue" -> e.values.add(enumeratedValue());
                default -> cursor.skip();
            }
        }
        return e;
    }

    private SvdEnumeratedValue enumeratedValue() throws SvdException {
        SvdPosition at = cursor.position();
        String name = null;
        String description = "";
        SvdNumbers.Masked value = null;
        boolean isDefault = false;
        while (cursor.nextChild()) {
            switch (cursor.name()) {
                case "name" -> name = identifier();
                case "description" -> description = description();
                case "value" -> {
                    SvdPosition p = cursor.position();
                    String text = cursor.text();
                    try {
                        value = SvdNumbers.parseMasked(text);
                    } catch (NumberFormatException ex) {
                        throw source.error(p, "invalid number '" + text.trim() + "' in <value>");
                    }
                }
                case "isDefault" -> isDefault = bool();
                default -> cursor.skip();
            }
        }
        requireName(name, at, "enumeratedValue");
        if (value == null && !isDefault) {
            throw source.error(at, "enumeratedValue '" + name + "' has neither <value> nor <isDefault>");
        }
        return value == null || isDefault
                ? new SvdEnumeratedValue(name, description, 0, 0, true)
                : new SvdEnumeratedValue(name, description, value.value(), value.dontCareMask(), false);
    }

    private SvdAddressBlock addressBlock() throws SvdException {
        SvdPosition at = cursor.position();
        Long offset = null;
        Long size = null;
        String usage = "registers";
        while (cursor.nextChild()) {
            switch (cursor.name()) {
                case "offset" -> offset = number();
                case "size" -> size = number();
                case "usage" -> usage = cursor.text().trim();
                default -> cursor.skip();
            }
        }
        if (offset == null || size == null) {
            throw source.error(at, "<addressBlock> has no <" + (offset == null ? "offset" : "size") + ">");
        }
        return new SvdAddressBlock(offset, size, usage);
    }

    private SvdInterrupt interrupt() throws SvdException {
        SvdPosition at = cursor.position();
        String name = null;
        String description = "";
        Integer value = null;
        while (cursor.nextChild()) {
            switch (cursor.name()) {
                case "name" -> name = name();
                case "description" -> description = description();
                case "value" -> value = signedInt();
                default -> cursor.skip();
            }
        }
        requireName(name, at, "interrupt");
        if (value == null) {
            throw source.error(at, "interrupt '" + name + "' has no <value>");
        }
        return new SvdInterrupt(name, description, value);
    }

    /** Reads an element of the {@code registerPropertiesGroup}; tells whether it was one. */
    private boolean property(RawProps props) throws SvdException {
        switch (cursor.name()) {
            case "size" -> props.size = intNumber(1, 64);
            case "access" -> props.access = access();
            case "resetValue" -> props.resetValue = number();
            case "resetMask" -> props.resetMask = number();
            default -> {
                return false;
            }
        }
        return true;
    }

    private String name() throws SvdException {
        return cursor.text().trim();
    }

    /** Reads a {@code <name>} of the schema's {@code identifierType}. */
    private String identifier() throws SvdException {
        SvdPosition at = cursor.position();
        String name = name();
        if (!SvdNames.isIdentifier(name)) {
            throw invalidName(at, name, false);
        }
        return name;
    }

    /** Reads a {@code <name>} of the schema's {@code dimableIdentifierType}. */
    private String dimableName() throws SvdException {
        SvdPosition at = cursor.position();
        String name = name();
        if (!name.isEmpty() && !SvdNames.isDimableIdentifier(name)) {
            throw invalidName(at, name, true);
        }
        return name;
    }

    private SvdException invalidName(SvdPosition at, String name, boolean dimable) {
        String shown = name.length() > 80 ? name.substring(0, 80) + "..." : name;
        return source.error(at, "invalid <name> '" + shown + "': " + SvdNames.expected(dimable));
    }

    private String description() throws SvdException {
        return normalize(cursor.text());
    }

    private long number() throws SvdException {
        String tag = cursor.name();
        SvdPosition at = cursor.position();
        String text = cursor.text();
        try {
            return SvdNumbers.parse(text);
        } catch (NumberFormatException e) {
            throw source.error(at, "invalid number '" + text.trim() + "' in <" + tag + ">");
        }
    }

    private int intNumber(int min, int max) throws SvdException {
        String tag = cursor.name();
        SvdPosition at = cursor.position();
        long value = number();
        if (value < min || value > max) {
            throw source.error(at, "<" + tag + "> " + Long.toUnsignedString(value) + " is out of range "
                    + min + ".." + max);
        }
        return (int) value;
    }

    private int signedInt() throws SvdException {
        SvdPosition at = cursor.position();
        String text = cursor.text().trim();
        try {
            return Integer.parseInt(text);
        } catch (NumberFormatException e) {
            try {
                long value = SvdNumbers.parse(text);
                if (value >= 0 && value <= Integer.MAX_VALUE) {
                    return (int) value;
                }
            } catch (NumberFormatException again) {
                // reported below
            }
            throw source.error(at, "invalid number '" + text + "' in <value>");
        }
    }

    private boolean bool() throws SvdException {
        String tag = cursor.name();
        SvdPosition at = cursor.position();
        String text = cursor.text();
        try {
            return SvdNumbers.parseBoolean(text);
        } catch (NumberFormatException e) {
            throw source.error(at, "invalid boolean '" + text.trim() + "' in <" + tag + ">");
        }
    }

    private int[] bitRange() throws SvdException {
        SvdPosition at = cursor.position();
        String text = cursor.text().trim();
        int colon = text.indexOf(':');
        if (text.startsWith("[") && text.endsWith("]") && colon > 0) {
            try {
                long msb = SvdNumbers.parse(text.substring(1, colon));
                long lsb = SvdNumbers.parse(text.substring(colon + 1, text.length() - 1));
                if (msb >= 0 && msb <= 63 && lsb >= 0 && lsb <= 63) {
                    return new int[] {(int) msb, (int) lsb};
                }
            } catch (NumberFormatException e) {
                // reported below
            }
        }
        throw source.error(at, "invalid <bitRange> '" + text + "', expected [msb:lsb] with bits 0..63");
    }

    private SvdAccess access() throws SvdException {
        String tag = cursor.name();
        SvdPosition at = cursor.position();
        String text = cursor.text().trim();
        for (SvdAccess a : SvdAccess.values()) {
            if (a.svdName().equalsIgnoreCase(text)) {
                return a;
            }
        }
        if (text.equalsIgnoreCase("write")) { // GigaDevice files; other readers take it for write-only
            source.warn(at, "<" + tag + "> 'write' is not an SVD access value; read as 'write-only'");
            return SvdAccess.WRITE_ONLY;
        }
        throw source.error(at, "unknown <" + tag + "> '" + text + "'");
    }

    private ModifiedWriteValues modifiedWriteValues() throws SvdException {
        String tag = cursor.name();
        SvdPosition at = cursor.position();
        String text = cursor.text().trim();
        for (ModifiedWriteValues m : ModifiedWriteValues.values()) {
            if (m.svdName().equalsIgnoreCase(text)) {
                return m;
            }
        }
        throw source.error(at, "unknown <" + tag + "> '" + text + "'");
    }

    private ReadAction readAction() throws SvdException {
        String tag = cursor.name();
        SvdPosition at = cursor.position();
        String text = cursor.text().trim();
        for (ReadAction r : ReadAction.values()) {
            if (r.svdName().equalsIgnoreCase(text)) {
                return r;
            }
        }
        throw source.error(at, "unknown <" + tag + "> '" + text + "'");
    }

    /** Reads one of a few keywords, matched ignoring case; returns its spelling in the list. */
    private String keyword(List<String> allowed) throws SvdException {
        String tag = cursor.name();
        SvdPosition at = cursor.position();
        String text = cursor.text().trim();
        for (String k : allowed) {
            if (k.equalsIgnoreCase(text)) {
                return k;
            }
        }
        throw source.error(at, "unknown <" + tag + "> '" + text + "'");
    }

    private void requireName(String name, SvdPosition at, String element) throws SvdException {
        if (name == null || name.isEmpty()) {
            throw source.error(at, "<" + element + "> has no <name>");
        }
    }

    /**
     * Collapses every run of white space to one space and trims.
     *
     * @param text a description as written
     * @return the normalised text
     */
    static String normalize(String text) {
        int n = text.length();
        boolean clean = n == 0 || !isWhite(text.charAt(0)) && !isWhite(text.charAt(n - 1));
        for (int i = 0; clean && i < n; i++) {
            char ch = text.charAt(i);
            clean = ch == ' ' ? !isWhite(text.charAt(i + 1)) : !isWhite(ch);
        }
        if (clean) {
            return text;
        }
        StringBuilder b = new StringBuilder(n);
        boolean pending = false;
        for (int i = 0; i < n; i++) {
            char ch = text.charAt(i);
            if (isWhite(ch)) {
                pending = b.length() > 0;
            } else {
                if (pending) {
                    b.append(' ');
                    pending = false;
                }
                b.append(ch);
            }
        }
        return b.toString();
    }

    private static boolean isWhite(char ch) {
        return ch == ' ' || ch == '\t' || ch == '\n' || ch == '\r';
    }

    /** Collects the {@code dimElementGroup} of one element, and checks it when the element ends. */
    private final class DimReader {
        private Long count;
        private SvdPosition countAt;
        private Long increment;
        private String index;
        private SvdPosition indexAt;

        /** Reads {@code dim}, {@code dimIncrement} or {@code dimIndex}; tells whether it was one. */
        boolean read() throws SvdException {
            switch (cursor.name()) {
                case "dim" -> {
                    countAt = cursor.position();
                    count = number();
                }
                case "dimIncrement" -> increment = number();
                case "dimIndex" -> {
                    indexAt = cursor.position();
                    index = cursor.text();
                }
                default -> {
                    return false;
                }
            }
            return true;
        }

        /** Builds the dim, or null if the element has no {@code dim}. */
        RawDim build(SvdPosition owner, String what) throws SvdException {
            if (count == null) {
                return null;
            }
            if (count < 1 || count > RawDim.MAX_COUNT) {
                throw source.error(countAt, "<dim> " + Long.toUnsignedString(count) + " is out of range 1.."
                        + RawDim.MAX_COUNT);
            }
            int n = count.intValue();
            if (increment == null && n > 1) {
                throw source.error(owner, what + " has <dim> but no <dimIncrement>");
            }
            List<String> indices;
            if (index == null) {
                indices = RawDim.defaultIndices(n);
            } else {
                try {
                    indices = RawDim.parseIndex(index);
                } catch (IllegalArgumentException e) {
                    throw source.error(indexAt, "invalid <dimIndex> '" + index.trim() + "': " + e.getMessage());
                }
                if (indices.size() != n) {
                    throw source.error(indexAt, String.format(Locale.ROOT,
                            "<dimIndex> '%s' has %d entries but <dim> is %d", index.trim(), indices.size(), n));
                }
            }
            return new RawDim(n, increment == null ? 0 : increment, indices);
        }
    }
}
