package org.mmioworkbench.core.svd;

import java.util.ArrayList;
import java.util.List;

/** A {@code peripheral} as written in the file, or the resolved copy of a derived one. */
final class RawPeripheral implements RawScope {
    final SvdPosition position;
    String name;
    String description;
    String groupName;
    String derivedFrom;
    Long baseAddress;
    RawDim dim;
    RawProps props = new RawProps();
    List<SvdAddressBlock> addressBlocks = new ArrayList<>();
    List<SvdInterrupt> interrupts = new ArrayList<>();
    List<RawItem> children = new ArrayList<>();

    /** The name of the peripheral it was derived from, empty if none. */
    String baseName = "";
    /** This peripheral after {@code derivedFrom}, once resolved. */
    RawPeripheral resolved;
    /** True while its {@code derivedFrom} is being resolved, to detect cycles. */
    boolean resolving;

    /**
     * Creates an empty peripheral.
     *
     * @param position where its start tag is
     */
    RawPeripheral(SvdPosition position) {
        this.position = position;
    }

    @Override
    public List<RawItem> children() {
        return children;
    }

    @Override
    public RawScope outer() {
        return null;
    }

    @Override
    public String name() {
        return name;
    }

    /**
     * Builds the resolved copy of this derived peripheral: what it writes itself, the rest from its
     * base. Interrupts are never inherited: an interrupt line belongs to one peripheral.
     *
     * @param base the resolved base peripheral
     * @return the copy, already marked resolved
     */
    RawPeripheral over(RawPeripheral base) {
        RawPeripheral m = new RawPeripheral(position);
        m.name = name;
        m.description = RawMerge.pick(description, base.description);
        m.groupName = RawMerge.pick(groupName, base.groupName);
        m.baseAddress = RawMerge.pick(baseAddress, base.baseAddress);
        m.dim = RawMerge.dim(dim, base.dim, name);
        m.props = props.over(base.props);
        m.addressBlocks = addressBlocks.isEmpty() ? base.addressBlocks : addressBlocks;
        m.interrupts = interrupts;
        m.children = RawMerge.byName(base.children, children, RawItem::name);
        m.baseName = base.name;
        m.resolved = m;
        return m;
    }
}
