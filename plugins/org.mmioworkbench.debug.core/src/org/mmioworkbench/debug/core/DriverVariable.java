package org.mmioworkbench.debug.core;

import org.eclipse.debug.core.model.IDebugTarget;
import org.eclipse.debug.core.model.IValue;
import org.mmioworkbench.debug.Variable;

/** A C variable, member, element or pointed-at structure, read when the program was suspended. */
final class DriverVariable extends ReadOnlyVariable {
    private final Variable variable;

    DriverVariable(IDebugTarget target, Variable variable) {
        super(target, "changing a variable");
        this.variable = variable;
    }

    @Override
    public IValue getValue() {
        return new DriverValue(getDebugTarget(), variable);
    }

    @Override
    public String getName() {
        return variable.name();
    }

    @Override
    public String getReferenceTypeName() {
        return variable.type();
    }

    @Override
    public boolean hasValueChanged() {
        return false;
    }
}
