package org.mmioworkbench.core.svd;

import java.util.ArrayList;
import java.util.List;

/** A {@code cluster} as written in the file, or the resolved copy of a derived one. */
final class RawCluster extends RawItem implements RawScope {
    List<RawItem> children = new ArrayList<>();

    /**
     * Creates an empty cluster.
     *
     * @param position where its start tag is
     * @param parent the peripheral or cluster it is written in
     */
    RawCluster(SvdPosition position, RawScope parent) {
        super(position, parent);
    }

    @Override
    public List<RawItem> children() {
        return children;
    }

    @Override
    public RawScope outer() {
        return parent;
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    String kind() {
        return "cluster";
    }

    @Override
    RawItem over(RawItem base) {
        RawCluster b = (RawCluster) base;
        RawCluster m = new RawCluster(position, parent);
        mergeInto(m, b);
        m.children = RawMerge.byName(b.children, children, RawItem::name);
        return m;
    }
}
