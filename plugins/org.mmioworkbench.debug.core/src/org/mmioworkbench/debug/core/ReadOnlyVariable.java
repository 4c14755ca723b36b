package org.mmioworkbench.debug.core;

import org.eclipse.debug.core.DebugException;
import org.eclipse.debug.core.model.IDebugTarget;
import org.eclipse.debug.core.model.IValue;
import org.eclipse.debug.core.model.IVariable;

/**
 * A variable the Variables or Registers view shows but does not change: a C variable read while suspended, a
 * register or a field (registers are written in the Register Editor, through the device's access rules).
 */
abstract class ReadOnlyVariable extends DriverDebugElement implements IVariable {
    private final String what;

    /**
     * @param target the debug target
     * @param what what a user would change, for the message that it cannot be changed here
     */
    ReadOnlyVariable(IDebugTarget target, String what) {
        super(target);
        this.what = what;
    }

    @Override
    public void setValue(String expression) throws DebugException {
        throw DriverDebugTarget.notSupported(what);
    }

    @Override
    public void setValue(IValue value) throws DebugException {
        throw DriverDebugTarget.notSupported(what);
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
