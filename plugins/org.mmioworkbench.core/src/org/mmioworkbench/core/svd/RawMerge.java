package org.mmioworkbench.core.svd;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/** Merges the children of a derived element with those of its base, for {@code derivedFrom}. */
final class RawMerge {

    private RawMerge() {
    }

    /**
     * Merges two lists by name: the derived element's entries replace the base's entries of the same
     * name; the base's other entries are kept.
     *
     * @param <T> the element type
     * @param base the base's entries
     * @param own the derived element's entries
     * @param name what names an entry
     * @return the base's entries not overridden, then the derived element's own
     */
    static <T> List<T> byName(List<T> base, List<T> own, Function<T, String> name) {
        if (own.isEmpty()) {
            return base;
        }
        if (base.isEmpty()) {
            return own;
        }
        Set<String> overridden = new HashSet<>();
        for (T t : own) {
            overridden.add(name.apply(t));
        }
        List<T> merged = new ArrayList<>(base.size() + own.size());
        for (T t : base) {
            if (!overridden.contains(name.apply(t))) {
                merged.add(t);
            }
        }
        merged.addAll(own);
        return merged;
    }

    /**
     * Picks the {@code dim} of a derived element: its own, else the base's if its name asks for one.
     *
     * @param own the derived element's dim, or null
     * @param base the base's dim, or null
     * @param name the derived element's name
     * @return the dim to use, or null
     */
    static RawDim dim(RawDim own, RawDim base, String name) {
        if (own != null) {
            return own;
        }
        return name.contains("%s") ? base : null;
    }

    /**
     * Picks a value.
     *
     * @param <T> the type
     * @param own the derived element's value, or null
     * @param base the base's value
     * @return {@code own} if set, else {@code base}
     */
    static <T> T pick(T own, T base) {
        return own != null ? own : base;
    }
}
