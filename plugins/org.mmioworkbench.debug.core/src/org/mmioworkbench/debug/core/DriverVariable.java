package org.mmioworkbench.debug.core;

import org.eclipse.debug.core.DebugException;
import org.eclipse.debug.core.model.IDebugTarget;
import org.eclipse.debug.core.model.IValue;
import org.eclipse.debug.core.model.IVariable;
import org.mmioworkbench.debug.Variable;

/** A C variable, member, element or pointed-at structure, read when the program was suspended. */
final class DriverVariable extends DriverDebugElement implements IVariable {
    private final Variable variable;

    DriverVariable(IDebugTarget target, Variable variable) {
        super(target);
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

    @Override
    public void setValue(String expression) throws DebugException {
        throw DriverDebugTarget.notSupported("changing a variable");
    }

    @Override
    public void setValue(IValue value) throws DebugException {
        throw DriverDebugTarget.notSupported("changing a variable");
    }

    @Override
    public boolean supportsValueModification() {
        return false;
    }

    @Override
    public boolean verifyValue(String expression) {
        return false;
    }

    @Override
    public boolean verifyValue(IValue value) {
        return false;
    }
}
