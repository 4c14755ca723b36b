package org.mmioworkbench.debug.core;

import org.eclipse.debug.core.model.IDebugTarget;
import org.eclipse.debug.core.model.IValue;
import org.eclipse.debug.core.model.IVariable;
import org.mmioworkbench.debug.Variable;

/** The value of a {@link DriverVariable}: gdb's text for it, and the members or elements it expands to. */
final class DriverValue extends DriverDebugElement implements IValue {
    private final Variable variable;
    private IVariable[] children;

    DriverValue(IDebugTarget target, Variable variable) {
        super(target);
        this.variable = variable;
    }

    @Override
    public String getReferenceTypeName() {
        return variable.type();
    }

    @Override
    public String getValueString() {
        return variable.value(false);
    }

    @Override
    public boolean isAllocated() {
        return true;
    }

    @Override
    public synchronized IVariable[] getVariables() {
        if (children == null) {
            children = variable.children().stream().map(v -> new DriverVariable(getDebugTarget(), v))
                    .toArray(IVariable[]::new);
        }
        return children.clone();
    }

    @Override
    public boolean hasVariables() {
        return variable.hasChildren();
    }
}
