package org.mmioworkbench.core.svd;

import java.util.ArrayList;
import java.util.List;

/** A {@code register} as written in the file, or the resolved copy of a derived one. */
final class RawRegister extends RawItem {
    ModifiedWriteValues modifiedWriteValues;
    ReadAction readAction;
    List<RawField> fields = new ArrayList<>();

    /**
     * Creates an empty register.
     *
     * @param position where its start tag is
     * @param parent the peripheral or cluster it is written in
     */
    RawRegister(SvdPosition position, RawScope parent) {
        super(position, parent);
    }

    @Override
    String kind() {
        return "register";
    }

    @Override
    RawItem over(RawItem base) {
        RawRegister b = (RawRegister) base;
        RawRegister m = new RawRegister(position, parent);
        mergeInto(m, b);
        m.modifiedWriteValues = RawMerge.pick(modifiedWriteValues, b.modifiedWriteValues);
        m.readAction = RawMerge.pick(readAction, b.readAction);
        m.fields = RawMerge.byName(b.fields, fields, f -> f.name);
        return m;
    }
}
