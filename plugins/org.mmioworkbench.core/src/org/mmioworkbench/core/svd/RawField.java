package org.mmioworkbench.core.svd;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** A {@code field} as written in the file, or the resolved copy of a derived one. */
final class RawField {
    final SvdPosition position;
    final RawRegister register;
    String name;
    String description;
    String derivedFrom;
    RawDim dim;
    Integer bitOffset;
    Integer bitWidth;
    SvdAccess access;
    ModifiedWriteValues modifiedWriteValues;
    ReadAction readAction;
    List<RawEnumeration> enumerations = new ArrayList<>();

    /** This field after {@code derivedFrom}, once resolved. */
    RawField resolved;
    /** True while its {@code derivedFrom} is being resolved, to detect cycles. */
    boolean resolving;

    /**
     * Creates an empty field.
     *
     * @param position where its start tag is
     * @param register the register it is written in
     */
    RawField(SvdPosition position, RawRegister register) {
        this.position = position;
        this.register = register;
    }

    /**
     * Builds the resolved copy of this derived field: what it writes itself, the rest from its base;
     * its {@code enumeratedValues} replace the base's of the same usage.
     *
     * @param base the resolved base
     * @return the copy, already marked resolved
     */
    RawField over(RawField base) {
        RawField m = new RawField(position, register);
        m.name = name;
        m.description = RawMerge.pick(description, base.description);
        m.dim = RawMerge.dim(dim, base.dim, name);
        boolean ownRange = bitOffset != null;
        m.bitOffset = ownRange ? bitOffset : base.bitOffset;
        m.bitWidth = ownRange ? bitWidth : base.bitWidth;
        m.access = RawMerge.pick(access, base.access);
        m.modifiedWriteValues = RawMerge.pick(modifiedWriteValues, base.modifiedWriteValues);
        m.readAction = RawMerge.pick(readAction, base.readAction);
        Set<String> usages = new HashSet<>();
        for (RawEnumeration e : enumerations) {
            usages.add(e.usageOrDefault());
        }
        List<RawEnumeration> merged = new ArrayList<>();
        for (RawEnumeration e : base.enumerations) {
            if (!usages.contains(e.usageOrDefault())) {
                merged.add(e);
            }
        }
        merged.addAll(enumerations);
        m.enumerations = merged;
        m.resolved = m;
        return m;
    }
}
