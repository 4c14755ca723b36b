package org.mmioworkbench.debug.core;

import org.eclipse.debug.core.model.DebugElement;
import org.eclipse.debug.core.model.IDebugTarget;
import org.mmioworkbench.core.session.SimulationSession;

/**
 * An element of a driver's debug model. Each adapts to the {@link SimulationSession} it runs on, so that selecting it
 * in the Debug view shows that session in the Region Map, Handles and Register Editor.
 */
abstract class DriverDebugElement extends DebugElement {
    DriverDebugElement(IDebugTarget target) {
        super(target);
    }

    @Override
    public String getModelIdentifier() {
        return MmioDebugModel.ID;
    }

    DriverDebugTarget target() {
        return (DriverDebugTarget) getDebugTarget();
    }

    @Override
    public <T> T getAdapter(Class<T> adapter) {
        if (adapter == SimulationSession.class) {
            return adapter.cast(target().run().simulation());
        }
        if (adapter == DriverStepping.class || adapter == DriverEventTravel.class) {
            return adapter.cast(target().thread());
        }
        return super.getAdapter(adapter);
    }
}
