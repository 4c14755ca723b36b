package org.mmioworkbench.core.svd;

/** A {@code register} or {@code cluster} as written in the file, or the resolved copy of a derived one. */
abstract sealed class RawItem permits RawCluster, RawRegister {
    final SvdPosition position;
    final RawScope parent;
    String name;
    String description;
    String derivedFrom;
    Long addressOffset;
    RawDim dim;
    RawProps props = new RawProps();

    /** This element after {@code derivedFrom}, once resolved. */
    RawItem resolved;
    /** True while its {@code derivedFrom} is being resolved, to detect cycles. */
    boolean resolving;

    /**
     * Creates an empty element.
     *
     * @param position where its start tag is
     * @param parent the peripheral or cluster it is written in
     */
    RawItem(SvdPosition position, RawScope parent) {
        this.position = position;
        this.parent = parent;
    }

    /**
     * Returns its name as written.
     *
     * @return e.g. {@code CONFIG[%s]}
     */
    String name() {
        return name;
    }

    /**
     * Names the kind of element, for messages.
     *
     * @return {@code register} or {@code cluster}
     */
    abstract String kind();

    /**
     * Builds the resolved copy of this derived element from its resolved base (of the same kind).
     *
     * @param base the resolved base
     * @return the copy, already marked resolved
     */
    abstract RawItem over(RawItem base);

    /**
     * Fills the values every kind shares into a resolved copy.
     *
     * @param copy the copy being built
     * @param base the resolved base
     */
    final void mergeInto(RawItem copy, RawItem base) {
        copy.name = name;
        copy.description = RawMerge.pick(description, base.description);
        copy.addressOffset = RawMerge.pick(addressOffset, base.addressOffset);
        copy.dim = RawMerge.dim(dim, base.dim, name);
        copy.props = props.over(base.props);
        copy.resolved = copy;
    }
}
