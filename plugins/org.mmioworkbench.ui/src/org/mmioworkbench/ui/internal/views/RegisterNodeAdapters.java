package org.mmioworkbench.ui.internal.views;

import org.eclipse.core.runtime.IAdapterFactory;
import org.mmioworkbench.core.devices.Register;

/**
 * Adapts the Register Editor's rows to the core's {@link Register} and {@link Register.Field}, registered with the
 * platform's adapter manager so that command expressions ({@code <adapt type="...Register"/>}) of other bundles see
 * them too, not only code that asks the row itself.
 */
public final class RegisterNodeAdapters implements IAdapterFactory {
    @Override
    public <T> T getAdapter(Object adaptableObject, Class<T> adapterType) {
        return adaptableObject instanceof RegisterNode node ? node.getAdapter(adapterType) : null;
    }

    @Override
    public Class<?>[] getAdapterList() {
        return new Class<?>[] {Register.class, Register.Field.class};
    }
}
