package org.mmioworkbench.core.svd;

import java.util.List;

/** A peripheral or cluster as written in the file: something that holds registers and clusters. */
sealed interface RawScope permits RawPeripheral, RawCluster {

    /**
     * Returns the registers and clusters written inside it (after {@code derivedFrom}, if this is a
     * resolved copy).
     *
     * @return the children in file order
     */
    List<RawItem> children();

    /**
     * Returns the scope it is written in.
     *
     * @return the enclosing cluster or peripheral, or null for a peripheral
     */
    RawScope outer();

    /**
     * Returns its name as written.
     *
     * @return e.g. {@code CH[%s]}
     */
    String name();
}
