package org.mmioworkbench.core.svd;

import java.util.ArrayList;
import java.util.List;

/** An {@code enumeratedValues} block as written in the file, or the resolved copy of a derived one. */
final class RawEnumeration {
    final SvdPosition position;
    final RawField field;
    String name;
    String usage;
    String derivedFrom;
    List<SvdEnumeratedValue> values = new ArrayList<>();

    /** This block after {@code derivedFrom}, once resolved. */
    RawEnumeration resolved;
    /** True while its {@code derivedFrom} is being resolved, to detect cycles. */
    boolean resolving;

    /**
     * Creates an empty block.
     *
     * @param position where its start tag is
     * @param field the field it is written in
     */
    RawEnumeration(SvdPosition position, RawField field) {
        this.position = position;
        this.field = field;
    }

    /**
     * Returns the usage, defaulted.
     *
     * @return {@code read}, {@code write} or {@code read-write}
     */
    String usageOrDefault() {
        return usage != null ? usage : "read-write";
    }

    /**
     * Builds the resolved copy of this derived block: the base's values, then its own (replacing
     * values of the same name).
     *
     * @param base the resolved base
     * @return the copy, already marked resolved
     */
    RawEnumeration over(RawEnumeration base) {
        RawEnumeration m = new RawEnumeration(position, field);
        m.name = RawMerge.pick(name, base.name);
        m.usage = RawMerge.pick(usage, base.usage);
        m.values = new ArrayList<>(RawMerge.byName(base.values, values, SvdEnumeratedValue::name));
        m.resolved = m;
        return m;
    }
}
